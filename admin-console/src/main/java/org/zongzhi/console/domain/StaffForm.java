package org.zongzhi.console.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form that adds a staff member to a center: username, one Chinese name, phone and one working role,
 * checked in Chinese with the onboarding wizard's rules before it is sent (tenant-service checks again).
 */
public final class StaffForm {

    /** The roles a center's admin gives, in the order offered (tenant-service's {@code StaffPolicy}). */
    public static final List<String> ROLES = List.of("intake-clerk", "mediator", "grid-worker", "department-handler");

    /** The body to send, or the problems to show. */
    public record Result(Map<String, Object> body, List<String> problems) {}

    private StaffForm() {}

    public static Result body(FormValues form) {
        List<String> problems = new ArrayList<>();
        String username = form.value("username");
        if (username == null || !OnboardingForm.USERNAME.matcher(username).matches()) {
            problems.add("用户名应为 3–50 位小写字母、数字或 . _ -，以字母或数字开头（如 wang.li）。");
        }
        String fullName = form.value("fullName");
        if (fullName == null || !OnboardingForm.CHINESE_NAME.matcher(fullName).matches()) {
            problems.add("姓名请填写一个完整的中文姓名（2–20 个汉字，少数民族姓名可用 · 分隔），不要分开填写姓和名。");
        }
        String phone = form.value("phone");
        if (phone != null && !OnboardingForm.PHONE.matcher(phone).matches()) {
            problems.add("手机号不正确：手机号为 11 位，固定电话请带区号（如 0355-1234567）。");
        }
        String role = form.value("role");
        if (role == null || !ROLES.contains(role)) {
            problems.add("请选择岗位：受理员、调解员、网格员或部门承办人。");
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("fullName", fullName);
        body.put("phone", phone);
        body.put("role", role);
        return new Result(body, List.of());
    }

    /** The sentence for a refused change of staff, chosen by the API's status. */
    public static String refusal(int status, String type) {
        return switch (status) {
            case 403 -> "您无权办理：只有本中心的管理员可以添加或停用本中心的工作人员，管理员账号由开通本中心的上级管理。";
            case 404 -> "未找到该中心或该账号，或不在您的管辖范围内。";
            case 409 -> "无法办理：用户名已被使用（请换一个），或账号已是该状态，或中心未在运行。";
            case 400 -> "填写的内容有误，请检查用户名、姓名、手机号、岗位和原因。";
            case 503 -> "登录服务暂时无法访问，没有做任何更改，请稍后再试。";
            default -> ProblemText.of(status, type, null, null, null);
        };
    }
}
