package org.zongzhi.tenant.conformance.domain;

import java.time.LocalDate;
import java.util.List;

/** One numbered version of the standard and its life: draft → published (from a date) → retired. */
public record StandardVersion(int number, VersionStatus status, LocalDate effectiveFrom, StandardDocument document) {

    public static StandardVersion draft(int number, StandardDocument document) {
        return new StandardVersion(number, VersionStatus.DRAFT, null, document);
    }

    public StandardVersion revise(StandardDocument revised) {
        if (status != VersionStatus.DRAFT) {
            throw Refusal.conflict("Version " + number + " is " + status
                    + " and never changes; start a new draft from it (POST /api/tenants/standards with copyOf "
                    + number + ").");
        }
        return new StandardVersion(number, status, null, revised);
    }

    public StandardVersion publish(LocalDate from) {
        if (status != VersionStatus.DRAFT) {
            throw Refusal.conflict("Version " + number + " is already " + status + "; only a draft is published.");
        }
        if (from == null) {
            throw Refusal.invalid("effectiveFrom is required: the day the version takes effect.");
        }
        List<String> problems = document.problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid("Version " + number + " cannot be published: " + String.join("; ", problems));
        }
        return new StandardVersion(number, VersionStatus.PUBLISHED, from, document);
    }

    public StandardVersion retire() {
        if (status != VersionStatus.PUBLISHED) {
            throw Refusal.conflict("Version " + number + " is " + status + "; only a published version is retired.");
        }
        return new StandardVersion(number, VersionStatus.RETIRED, effectiveFrom, document);
    }

    public void requireOpenForRounds() {
        if (status != VersionStatus.PUBLISHED) {
            throw Refusal.conflict("Version " + number + " is " + status
                    + "; rounds and tailorings are made on a published version only.");
        }
    }
}
