package org.zongzhi.cases.dispute.domain;

import java.util.List;

/**
 * What an intake window records when a problem comes in, from any channel.
 *
 * @param groupSize how many people the complaint speaks for, when more than the applicants listed
 * @param publicNote a first note the citizen will see when looking the case up
 */
public record NewCase(
        Channel channel,
        Category category,
        String title,
        String description,
        String place,
        List<Party> parties,
        int groupSize,
        boolean violenceRisk,
        boolean vulnerableParties,
        boolean sensitivePeriod,
        String publicNote,
        String gridCode) {

    public static final int MAX_PARTIES = 500;

    private static final java.util.regex.Pattern GRID_CODE = java.util.regex.Pattern.compile("\\d{15}");

    /** A case that did not come from a grid's patrol. */
    public NewCase(
            Channel channel,
            Category category,
            String title,
            String description,
            String place,
            List<Party> parties,
            int groupSize,
            boolean violenceRisk,
            boolean vulnerableParties,
            boolean sensitivePeriod,
            String publicNote) {
        this(
                channel,
                category,
                title,
                description,
                place,
                parties,
                groupSize,
                violenceRisk,
                vulnerableParties,
                sensitivePeriod,
                publicNote,
                null);
    }

    public NewCase {
        Text.present(
                channel, "channel", "the channel the case came in through (WALK_IN, GRID_REPORT, HOTLINE_12345, …)");
        Text.present(category, "category", "the category (WAGE_ARREARS, NEIGHBOURS, …)");
        title = Text.required(title, "title", "a title", 200);
        description = Text.required(description, "description", "a description of the problem", 10_000);
        place = Text.optional(place, "place", "the place", 200);
        parties = parties == null ? List.of() : List.copyOf(parties);
        if (parties.size() > MAX_PARTIES) {
            throw new InvalidField(
                    "applicants",
                    "at most " + MAX_PARTIES
                            + " parties can be listed; give a representative and the group size for larger groups");
        }
        publicNote = Text.optional(publicNote, "publicNote", "the public note", 2000);
        gridCode = gridCode == null || gridCode.isBlank() ? null : gridCode.trim();
        if (gridCode != null && !GRID_CODE.matcher(gridCode).matches()) {
            throw new InvalidField(
                    "gridCode",
                    "a grid code has 15 digits: the village's 12-digit code and the grid number, e.g."
                            + " 140404001001001 (not '" + gridCode + "')");
        }
    }

    RiskFactors riskFactors() {
        int applicants = (int) parties.stream()
                .filter(p -> p.role() == PartyRole.APPLICANT && p.isPerson())
                .count();
        boolean vulnerable = vulnerableParties
                || parties.stream().anyMatch(p -> !p.vulnerabilities().isEmpty());
        return new RiskFactors(Math.max(groupSize, applicants), violenceRisk, vulnerable, sensitivePeriod);
    }
}
