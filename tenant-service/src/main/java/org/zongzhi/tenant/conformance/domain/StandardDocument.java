package org.zongzhi.tenant.conformance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The content of one version of the standard: its dimensions, items and grade bands.
 *
 * @param proposal true while the content is the platform's starter proposal, not yet the province's own
 * @param note what the version is and where it comes from
 */
public record StandardDocument(
        String title,
        String note,
        Boolean proposal,
        List<Dimension> dimensions,
        List<Item> items,
        List<GradeBand> bands) {

    public StandardDocument {
        proposal = Boolean.TRUE.equals(proposal);
        dimensions = Elements.of("dimensions", dimensions);
        items = Elements.of("items", items);
        bands = bands == null
                ? List.of()
                : Elements.of("bands", bands).stream()
                        .sorted(Comparator.comparing(
                                        GradeBand::minPercent, Comparator.nullsFirst(Comparator.naturalOrder()))
                                .reversed())
                        .toList();
    }

    public Set<String> dimensionCodes() {
        return dimensions.stream().map(Dimension::code).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<Dimension> dimension(String code) {
        return dimensions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The lowest band, which a veto forces. */
    public GradeBand lowestBand() {
        return bands.getLast();
    }

    /** Everything that keeps the version from being published, each in words its author can act on. */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        if (title == null || title.isBlank()) {
            problems.add("title is required");
        }
        Set<String> codes = new HashSet<>();
        for (Dimension d : dimensions) {
            if (d.code() == null
                    || d.code().isBlank()
                    || d.name() == null
                    || d.name().isBlank()) {
                problems.add("every dimension needs a code and a name");
            } else if (!codes.add(d.code())) {
                problems.add("dimension " + d.code() + " is listed twice");
            }
        }
        if (dimensions.isEmpty()) {
            problems.add("the standard needs at least one dimension");
        }
        if (items.isEmpty()) {
            problems.add("the standard needs at least one item");
        }
        Set<String> itemCodes = new HashSet<>();
        for (Item item : items) {
            if (item.code() != null && !itemCodes.add(item.code())) {
                problems.add("item " + item.code() + " is listed twice; item codes are unique within a version");
            }
            problems.addAll(item.problems(codes));
        }
        problems.addAll(bandProblems());
        return problems;
    }

    private List<String> bandProblems() {
        var problems = new ArrayList<String>();
        if (bands.isEmpty()) {
            return List.of("the standard needs grade bands, e.g. 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 ≥ 0");
        }
        Set<BigDecimal> seen = new HashSet<>();
        for (GradeBand band : bands) {
            if (band.grade() == null || band.grade().isBlank() || band.minPercent() == null) {
                problems.add("every grade band needs a grade and a minPercent");
                return problems;
            }
            if (band.minPercent().signum() < 0 || band.minPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add("grade " + band.grade() + ": minPercent must be between 0 and 100");
            }
            if (!seen.add(band.minPercent().stripTrailingZeros())) {
                problems.add("two grade bands start at " + band.minPercent() + "%");
            }
        }
        if (lowestBand().minPercent().signum() != 0) {
            problems.add("the lowest grade band must start at 0% so that every score has a grade");
        }
        if (lowestBand().passing()) {
            problems.add(
                    "the lowest grade band (" + lowestBand().grade() + ") must not count as passing: a veto forces it");
        }
        if (bands.stream().noneMatch(GradeBand::passing)) {
            problems.add("at least one grade band must count as passing (达标)");
        }
        boolean failingAbovePassing = false;
        boolean passingSeen = false;
        for (GradeBand band : bands) {
            passingSeen |= band.passing();
            failingAbovePassing |= !band.passing() && !passingSeen;
        }
        if (failingAbovePassing) {
            problems.add("a non-passing grade band lies above a passing one; passing grades must be the highest");
        }
        return problems;
    }
}
