package org.zongzhi.tenant.conformance.domain;

import java.math.BigDecimal;
import java.util.List;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.tenancy.TenantCode.Level;

/**
 * A city's or county's local rules for its subtree on one published version: items it adds and thresholds
 * or required members it tightens. It can never loosen what the province (or a tailoring above it) asks.
 */
public record Tailoring(TenantCode owner, List<Item> additions, List<Tightening> tightenings) {

    public Tailoring {
        additions = Elements.of("additions", additions);
        tightenings = Elements.of("tightenings", tightenings);
    }

    /**
     * A stricter rule for one item at one level.
     *
     * @param threshold the new threshold, or null to keep it
     * @param members members required on top of those already required
     */
    public record Tightening(String item, Level level, BigDecimal threshold, List<String> members, String reason) {

        public Tightening {
            members = Elements.of("members", members);
        }
    }
}
