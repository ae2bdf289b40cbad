package org.zongzhi.console.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The onboarding wizard's form: plate name, address, opening day and the first admin (username, full
 * name as one Chinese name, phone), checked in Chinese before it is sent with the API's own rules.
 */
public final class OnboardingForm {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    static final Pattern CHINESE_NAME = Pattern.compile("[\\p{IsHan}·]{2,20}");
    static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

    /** The body to send, or the problems to show. */
    public record Result(Map<String, Object> body, List<String> problems) {}

    private OnboardingForm() {}

    public static Result body(FormValues form, LocalDate today) {
        List<String> problems = new ArrayList<>();
        String displayName = form.value("displayName");
        if (displayName == null) {
            problems.add("请填写中心挂牌名称（如 西火镇综治中心）。");
        } else if (displayName.length() > 100) {
            problems.add("挂牌名称请控制在 100 字以内。");
        }
        String address = form.value("address");
        if (address != null && address.length() > 200) {
            problems.add("地址请控制在 200 字以内。");
        }
        LocalDate openedOn = null;
        String opened = form.value("openedOn");
        if (opened == null) {
            problems.add("请填写挂牌日期。");
        } else {
            try {
                openedOn = LocalDate.parse(opened);
                if (openedOn.isAfter(today)) {
                    problems.add("挂牌日期不能晚于今天：挂牌之后再开通。");
                }
            } catch (DateTimeParseException e) {
                problems.add("挂牌日期应为日期（如 2026-01-05）。");
            }
        }
        String username = form.value("adminUsername");
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add("管理员用户名应为 3–50 位小写字母、数字或 . _ -，以字母或数字开头（如 xihuo.admin）。");
        }
        String fullName = form.value("adminFullName");
        if (fullName == null || !CHINESE_NAME.matcher(fullName).matches()) {
            problems.add("管理员姓名请填写一个完整的中文姓名（2–20 个汉字，少数民族姓名可用 · 分隔），不要分开填写姓和名。");
        }
        String phone = form.value("adminPhone");
        if (phone == null || !PHONE.matcher(phone).matches()) {
            problems.add("管理员手机号不正确：手机号为 11 位，固定电话请带区号（如 0355-1234567）。");
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", displayName);
        body.put("address", address);
        body.put("openedOn", openedOn.toString());
        body.put("adminUsername", username);
        body.put("adminFullName", fullName);
        body.put("adminPhone", phone);
        return new Result(body, List.of());
    }

    /** The sentence for a refused onboarding, chosen by the API's status. */
    public static String refusal(int status, String type) {
        return switch (status) {
            case 403 -> "您无权开通该中心：省级开通全省各级，市级开通本市的县（区），县级开通本县的乡镇（街道）和村（社区）。";
            case 404 -> "未找到该中心，或不在您的管辖范围内。";
            case 409 -> "无法开通：该中心已开通（或已暂停，请改为恢复运行），或管理员用户名已被使用，请换一个用户名。";
            case 400 -> "填写的内容有误，请检查挂牌名称、日期、用户名、姓名和手机号。";
            case 503 -> "登录服务暂时无法访问，没有做任何更改，请稍后再试。";
            default -> ProblemText.of(status, type, null, null, null);
        };
    }
}
