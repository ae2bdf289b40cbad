package org.zongzhi.tenant.grid.domain;

import java.util.regex.Pattern;
import org.zongzhi.platform.tenancy.TenantCode;

/** A grid's code: its village's 12-digit code and a 3-digit grid number (140404001001 + 001). */
public final class GridCodes {

    private static final Pattern GRID = Pattern.compile("\\d{15}");

    private GridCodes() {}

    public static String of(TenantCode village, int number) {
        if (village.level() != TenantCode.Level.VILLAGE) {
            throw new IllegalArgumentException("grids lie below a village or community, not below " + village);
        }
        if (number < 1 || number > 999) {
            throw new IllegalArgumentException("a grid number is 1 to 999, not " + number);
        }
        return village.value() + String.format("%03d", number);
    }

    public static boolean isValid(String code) {
        return code != null && GRID.matcher(code).matches();
    }

    /** A case code as people read it (140404001001-261127-00042-7) from its 24 characters without dashes. */
    public static String caseCodeDisplay(String compact) {
        if (compact == null || compact.length() != 24) {
            return compact;
        }
        return compact.substring(0, 12) + "-" + compact.substring(12, 18) + "-" + compact.substring(18, 23) + "-"
                + compact.substring(23);
    }

    public static TenantCode village(String gridCode) {
        return TenantCode.of(gridCode.substring(0, 12));
    }
}
