package uk.raa.children.service.scorecard;

/** Authority reference data (DfE LA number and name) as the exports print it. */
public final class ScorecardStoreNames {

    public record Authority(String code, String laNumber, String name) {
    }

    private ScorecardStoreNames() {
    }
}
