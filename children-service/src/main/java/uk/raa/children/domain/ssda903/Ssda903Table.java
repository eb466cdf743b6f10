package uk.raa.children.domain.ssda903;

import java.util.List;

/** The four SSDA903 tables read, with their exact CSV headers. */
public enum Ssda903Table {
    HEADER("Header", List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB")),
    EPISODES("Episodes", List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
            "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN")),
    AD1("AD1", List.of("CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR",
            "LS_ADOPTR")),
    PLACED_ADOPTION("PlacedAdoption", List.of("CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED",
            "REASON_PLACED_CEASED"));

    private final String tableName;
    private final List<String> columns;

    Ssda903Table(String tableName, List<String> columns) {
        this.tableName = tableName;
        this.columns = columns;
    }

    /** The DfE table name used in findings. */
    public String tableName() {
        return tableName;
    }

    public List<String> columns() {
        return columns;
    }
}
