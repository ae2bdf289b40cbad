// 一码可查：查询表单由群众自己的浏览器直接发给 POST /api/cases/lookup。
// 为什么不经控制台转发：网关按客户端地址限制查询频率；经控制台转发时，所有群众共用控制台一个地址的额度，
// 一个人频繁查询就会挡住所有人。由浏览器直接发送，限流按每位群众自己的地址计算，与 API 一致。
// 没有脚本时表单照常提交给 /track，由控制台代查（共用控制台的额度，只会更严，不会绕过限流）。
(function () {
  'use strict';

  function compact(text) { return (text || '').replace(/[\s-]/g, '').toUpperCase(); }

  // ISO 7064 MOD 11-2，与 case-service 的 CaseCode 相同。
  function checkChar(digits) {
    var sum = 0;
    for (var i = 0; i < digits.length; i++) sum = ((sum + (+digits[i])) * 2) % 11;
    var c = (12 - sum) % 11;
    return c === 10 ? 'X' : String(c);
  }

  function codeProblem(text) {
    var v = compact(text);
    if (!v) return '请输入案件编号（回执上的 24 位编号，如 140404001001-261127-00042-7）。';
    if (v.length !== 24) return '案件编号应为 24 位（不计横线），现在是 ' + v.length + ' 位，请对照回执核对。';
    if (!/^\d{23}[\dX]$/.test(v)) return '案件编号前 23 位是数字，最后一位是数字或 X，请对照回执核对。';
    if (checkChar(v.substr(0, 23)) !== v[23]) return '案件编号校验位不符，请核对是否输错或有两位颠倒。';
    return '';
  }

  var TIME = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hour12: false
  });
  function minute(iso) {
    if (!iso) return '—';
    var parts = {};
    TIME.formatToParts(new Date(iso)).forEach(function (p) { parts[p.type] = p.value; });
    return parts.year + '-' + parts.month + '-' + parts.day + ' ' + parts.hour + ':' + parts.minute;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('track-form');
    if (!form || !window.fetch) return;
    var code = document.getElementById('code');
    var secret = document.getElementById('secret');
    var codeHint = document.getElementById('code-hint');
    var secretHint = document.getElementById('secret-hint');
    var error = document.getElementById('track-error');
    var result = document.getElementById('track-result');
    var button = document.getElementById('track-submit');

    function hint(input, box, text) {
      box.textContent = text;
      input.setAttribute('aria-invalid', text ? 'true' : 'false');
    }
    function fail(text) {
      error.textContent = text;
      error.hidden = !text;
      if (text) result.hidden = true;
    }

    code.addEventListener('change', function () { hint(code, codeHint, code.value ? codeProblem(code.value) : ''); });

    // 办理中心的名称和电话来自该中心的公开名片 GET /api/tenants/{code}/card（无需账号，同样按地址限流）；
    // 读不到时显示中心编码。
    function showCenter(holder) {
      var center = document.getElementById('r-center');
      var phone = document.getElementById('r-phone');
      center.textContent = holder || '—';
      phone.textContent = '—';
      if (!holder || !/^\d{2,12}$/.test(holder)) return;
      fetch('/api/tenants/' + holder + '/card', {
        headers: { 'Accept': 'application/json' }, credentials: 'omit'
      }).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (card) {
        if (!card) return;
        center.textContent = card.name || holder;
        if (card.phone) {
          phone.textContent = '';
          var link = el('a', null, card.phone);
          link.href = 'tel:' + card.phone;
          phone.appendChild(link);
        }
      }).catch(function () { /* 保留中心编码 */ });
    }

    function show(view) {
      document.getElementById('r-code').textContent = view.code;
      document.getElementById('r-status').textContent = view.statusLabel;
      document.getElementById('r-updated').textContent = minute(view.updatedAt);
      showCenter(view.holderCenter);
      var steps = document.getElementById('r-steps');
      steps.textContent = '';
      (view.steps || []).forEach(function (s) {
        var li = el('li');
        li.appendChild(el('div', 'when', minute(s.at)));
        var what = el('div', 'what');
        what.appendChild(el('strong', null, s.label));
        what.appendChild(document.createTextNode(' '));
        what.appendChild(el('span', 'muted', s.center || ''));
        li.appendChild(what);
        steps.appendChild(li);
      });
      var notes = document.getElementById('r-notes');
      notes.textContent = '';
      (view.publicNotes || []).forEach(function (n) {
        var li = el('li');
        li.appendChild(el('span', 'muted', minute(n.at)));
        li.appendChild(document.createTextNode(' '));
        li.appendChild(el('span', null, n.text));
        notes.appendChild(li);
      });
      document.getElementById('r-no-notes').hidden = (view.publicNotes || []).length > 0;
      fail('');
      result.hidden = false;
      result.scrollIntoView({ block: 'start' });
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var problem = codeProblem(code.value);
      hint(code, codeHint, problem);
      var typed = (secret.value || '').replace(/\s/g, '').toUpperCase();
      var secretProblem = typed.length === 8 ? '' : form.getAttribute('data-bad-secret');
      hint(secret, secretHint, secretProblem);
      if (problem) { code.focus(); return; }
      if (secretProblem) { secret.focus(); return; }
      button.disabled = true;
      fetch('/api/cases/lookup', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' },
        credentials: 'omit',
        cache: 'no-store',
        body: JSON.stringify({ code: compact(code.value), secret: typed })
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (response.ok) { show(body); return; }
          var type = String(body.type || '').split('/').pop();
          if (response.status === 429) {
            var wait = parseInt(response.headers.get('Retry-After'), 10);
            fail(type === 'too-many-attempts' ? form.getAttribute('data-locked')
              : form.getAttribute('data-busy').replace('{s}', wait > 0 ? wait : 1));
          } else if (response.status === 404) {
            fail(form.getAttribute('data-not-found'));
          } else if (response.status === 400 && body.field === 'code') {
            hint(code, codeHint, codeProblem(code.value) || '案件编号格式不对，请对照回执核对。');
            fail('');
          } else if (response.status === 400) {
            hint(secret, secretHint, form.getAttribute('data-bad-secret'));
            fail('');
          } else {
            fail(form.getAttribute('data-unavailable'));
          }
        });
      }).catch(function () {
        fail(form.getAttribute('data-unavailable'));
      }).then(function () { button.disabled = false; });
    });
  });
})();
