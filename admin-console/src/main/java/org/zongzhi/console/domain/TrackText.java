package org.zongzhi.console.domain;

/**
 * What the citizen's page (一码可查) says when a lookup does not show a case, the same on the server and in
 * the browser (the page hands these sentences to {@code track.js}). A wrong secret and an unknown code get
 * one answer, as the API gives them.
 */
public final class TrackText {

    public static final String NOT_FOUND = "案件编号或查询密码不对，查不到案件。请对照回执核对后再试；密码遗失的，请联系受理中心。";
    public static final String BAD_SECRET = "查询密码是回执上的 8 位字母和数字，请核对后再输入。";
    public static final String LOCKED = "这个案件编号的查询密码错误次数过多，已暂停查询。请一小时后再试，或联系受理中心。";
    public static final String UNAVAILABLE = "查询服务暂时不可用，请稍后再试。";
    /** With {@code {s}} for the seconds to wait. */
    public static final String BUSY = "查询太频繁了，请 {s} 秒后再试。";

    private TrackText() {}

    /** The sentence for a refused lookup: its status, the problem's type and field, and Retry-After. */
    public static String of(int status, String type, String field, Integer retryAfter) {
        if (status == 429) {
            return "too-many-attempts".equals(type) ? LOCKED : busy(retryAfter);
        }
        if (status == 400 && "code".equals(field)) {
            return "案件编号格式不对，请对照回执核对。";
        }
        if (status == 400) {
            return BAD_SECRET;
        }
        if (status == 404) {
            return NOT_FOUND;
        }
        return UNAVAILABLE;
    }

    public static String busy(Integer retryAfter) {
        return BUSY.replace("{s}", String.valueOf(retryAfter == null || retryAfter < 1 ? 1 : retryAfter));
    }
}
