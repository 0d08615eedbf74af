package io.bindung.metrics;

/**
 * The named RFM groups, by recency score R and frequency score F (1–5 each), the first that
 * matches: Champions R ≥ 4, F ≥ 4; Can't Lose Them R = 1, F ≥ 4; At Risk R ≤ 2, F ≥ 3; Loyal
 * R ≥ 3, F ≥ 3; New R ≥ 4, F = 1; Potential Loyalists R ≥ 3, F ≤ 2; Hibernating R = 2, F ≤ 2;
 * Lost R = 1, F ≤ 2. Every (R, F) has exactly one group.
 */
enum RfmGroup {
    CHAMPIONS("Champions"), CANT_LOSE_THEM("Can't Lose Them"), AT_RISK("At Risk"), LOYAL("Loyal"), NEW("New"),
    POTENTIAL_LOYALISTS("Potential Loyalists"), HIBERNATING("Hibernating"), LOST("Lost");

    private final String label;

    RfmGroup(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static RfmGroup of(int recency, int frequency) {
        if (recency >= 4 && frequency >= 4) {
            return CHAMPIONS;
        }
        if (recency == 1 && frequency >= 4) {
            return CANT_LOSE_THEM;
        }
        if (recency <= 2 && frequency >= 3) {
            return AT_RISK;
        }
        if (frequency >= 3) {
            return LOYAL;
        }
        if (recency >= 4 && frequency == 1) {
            return NEW;
        }
        if (recency >= 3) {
            return POTENTIAL_LOYALISTS;
        }
        return recency == 2 ? HIBERNATING : LOST;
    }
}
