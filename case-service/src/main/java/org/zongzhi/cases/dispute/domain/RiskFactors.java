package org.zongzhi.cases.dispute.domain;

/**
 * What the intake window learns about a case's risk.
 *
 * @param groupSize how many people stand behind the complaint (at least the number of applicants)
 * @param violenceRisk threats, weapons or talk of extreme acts (扬言极端)
 * @param vulnerableParties a minor, elderly, disabled or otherwise vulnerable party is involved
 * @param sensitivePeriod the case falls in a sensitive period named by the authorities
 */
public record RiskFactors(int groupSize, boolean violenceRisk, boolean vulnerableParties, boolean sensitivePeriod) {

    public RiskFactors {
        if (groupSize < 0) {
            throw new InvalidField("groupSize", "the group size cannot be negative");
        }
        if (groupSize > 100_000) {
            throw new InvalidField("groupSize", "the group size is implausibly large (over 100000)");
        }
    }
}
