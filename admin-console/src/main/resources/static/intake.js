// 登记表单：边填边校验身份证号（GB 11643 校验码）与电话，规则与 API 相同；不通过时在字段下方给出中文提示。
(function () {
  'use strict';
  var WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  var CHECKS = '10X98765432';

  function idProblem(text) {
    var v = text.replace(/\s/g, '').toUpperCase();
    if (!v) return '';
    if (!/^\d{17}[\dX]$/.test(v)) return '身份证号应为 18 位：17 位数字加 1 位校验码（0–9 或 X）。';
    var y = +v.substr(6, 4), m = +v.substr(10, 2), d = +v.substr(12, 2);
    var birth = new Date(y, m - 1, d);
    if (birth.getFullYear() !== y || birth.getMonth() !== m - 1 || birth.getDate() !== d || y < 1900 || birth > new Date()) {
      return '身份证号第 7–14 位不是有效的出生日期。';
    }
    var sum = 0;
    for (var i = 0; i < 17; i++) sum += (+v[i]) * WEIGHTS[i];
    if (CHECKS[sum % 11] !== v[17]) return '身份证号校验码不对，请逐位核对。';
    return '';
  }

  function phoneProblem(text) {
    var v = text.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
    if (!v) return '';
    if (/^1[3-9]\d{9}$/.test(v) || /^0\d{2,3}\d{7,8}$/.test(v)) return '';
    return '手机号为 1 开头的 11 位数字；固定电话请带区号（如 0355-1234567）。';
  }

  function check(input) {
    var rule = input.getAttribute('data-check');
    var problem = rule === 'id' ? idProblem(input.value) : rule === 'phone' ? phoneProblem(input.value) : '';
    input.setCustomValidity(problem);
    input.setAttribute('aria-invalid', problem ? 'true' : 'false');
    var hint = document.getElementById(input.id + '-hint');
    if (hint) hint.textContent = problem;
  }

  document.addEventListener('input', function (e) {
    if (e.target.hasAttribute && e.target.hasAttribute('data-check')) check(e.target);
  });
  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-check]'), function (input) {
      if (input.value) check(input);
    });
  });
})();
