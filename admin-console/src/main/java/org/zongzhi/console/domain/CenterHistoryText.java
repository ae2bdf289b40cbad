package org.zongzhi.console.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The details tenant-service records with a center's events, in Chinese: it writes
 * {@code "<plate name>, admin <username>"} for an onboarding and {@code "<reason> (3 accounts disabled)"}
 * for a suspension or reactivation; {@code "<role> <username> (<name>, <phone or ->)"} when staff are added and
 * {@code "<username>: <reason>"} when one is disabled or enabled.
 */
public final class CenterHistoryText {

    private static final Pattern ONBOARDED = Pattern.compile("(.*), admin (\\S+)");
    private static final Pattern ACCOUNTS = Pattern.compile("(.*) \\((\\d+) accounts (enabled|disabled)\\)");
    private static final Pattern STAFF_ADDED = Pattern.compile("(\\S+) (\\S+) \\((.*), (\\S+)\\)");
    private static final Pattern STAFF_CHANGED = Pattern.compile("(\\S+): (.*)");

    private CenterHistoryText() {}

    public static String detail(String type, String detail) {
        if (detail == null) {
            return Numbers.NONE;
        }
        Matcher onboarded = ONBOARDED.matcher(detail);
        if ("ONBOARDED".equals(type) && onboarded.matches()) {
            return onboarded.group(1) + "，首位管理员 " + onboarded.group(2);
        }
        Matcher added = STAFF_ADDED.matcher(detail);
        if ("STAFF_ADDED".equals(type) && added.matches()) {
            return StaffRoles.label(added.group(1)) + " " + added.group(3) + "（" + added.group(2) + "）"
                    + ("-".equals(added.group(4)) ? "" : "，电话 " + added.group(4));
        }
        Matcher changed = STAFF_CHANGED.matcher(detail);
        if (("STAFF_DISABLED".equals(type) || "STAFF_ENABLED".equals(type)) && changed.matches()) {
            return changed.group(1) + "，原因：" + changed.group(2);
        }
        Matcher accounts = ACCOUNTS.matcher(detail);
        if (accounts.matches()) {
            return "原因：" + accounts.group(1) + "（" + ("enabled".equals(accounts.group(3)) ? "启用" : "停用") + " "
                    + accounts.group(2) + " 个账号）";
        }
        return detail;
    }
}
