package uk.raa.children.domain.ssda903;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SSDA903 code lists, as data: column name to (code to DfE description). {@link #standard()} gives the lists
 * the DfE guidance uses; a caller can pass amended lists when the DfE changes them.
 */
public final class Ssda903Codes {

    private final Map<String, Map<String, String>> lists;
    private final Map<String, Map<String, String>> canonical;

    public Ssda903Codes(Map<String, Map<String, String>> lists) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        lists.forEach((column, codes) -> copy.put(column, Map.copyOf(codes)));
        this.lists = Map.copyOf(copy);
        Map<String, Map<String, String>> instances = new HashMap<>();
        this.lists.forEach((column, codes) -> {
            Map<String, String> byCode = new HashMap<>();
            codes.keySet().forEach(code -> byCode.put(code, code));
            instances.put(column, byCode);
        });
        this.canonical = instances;
    }

    public boolean hasList(String column) {
        return lists.containsKey(column);
    }

    public boolean isKnown(String column, String code) {
        Map<String, String> list = lists.get(column);
        return list != null && list.containsKey(code);
    }

    public Optional<String> description(String column, String code) {
        Map<String, String> list = lists.get(column);
        return list == null ? Optional.empty() : Optional.ofNullable(list.get(code));
    }

    /** The code list's own instance of a known code (so millions of rows share a few strings), else the value. */
    public String canonical(String column, String code) {
        Map<String, String> instances = canonical.get(column);
        String known = instances == null ? null : instances.get(code);
        return known == null ? code : known;
    }

    public Map<String, String> list(String column) {
        return lists.getOrDefault(column, Map.of());
    }

    public static Ssda903Codes standard() {
        Map<String, Map<String, String>> lists = new LinkedHashMap<>();
        lists.put("SEX", codes("1", "Male", "2", "Female"));
        lists.put("MOTHER", codes("0", "Not a mother", "1", "Mother"));
        lists.put("ETHNIC", codes(
                "WBRI", "White British", "WIRI", "White Irish", "WOTH", "Any other White background",
                "WIRT", "Traveller of Irish heritage", "WROM", "Gypsy/Roma",
                "MWBC", "White and Black Caribbean", "MWBA", "White and Black African", "MWAS", "White and Asian",
                "MOTH", "Any other mixed background", "AIND", "Indian", "APKN", "Pakistani", "ABAN", "Bangladeshi",
                "AOTH", "Any other Asian background", "BCRB", "Caribbean", "BAFR", "African",
                "BOTH", "Any other Black background", "CHNE", "Chinese", "OOTH", "Any other ethnic group",
                "REFU", "Refused", "NOBT", "Information not yet obtained"));
        lists.put("RNE", codes(
                "S", "Started to be looked after",
                "L", "Change of legal status only",
                "P", "Change of placement and carer(s) only",
                "T", "Change of placement but same carer(s)",
                "B", "Change of legal status and placement and carer(s) at the same time",
                "U", "Change of legal status and change of placement but same carer(s)"));
        lists.put("LS", codes(
                "C1", "Interim care order", "C2", "Full care order", "D1", "Freeing order granted",
                "E1", "Placement order granted",
                "J1", "Remanded to local authority accommodation or to youth detention accommodation",
                "J2", "Placed in local authority accommodation under the Police and Criminal Evidence Act 1984",
                "J3", "Sentenced to a youth rehabilitation order with residence or intensive fostering requirement",
                "L1", "Under police protection and in local authority accommodation",
                "L2", "Emergency protection order", "L3", "Under child assessment order and in local authority accommodation",
                "V2", "Single period of accommodation under section 20",
                "V3", "Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded",
                "V4", "Accommodated under an agreed series of short-term breaks, when agreements are recorded"));
        lists.put("CIN", codes(
                "N1", "Abuse or neglect", "N2", "Child's disability", "N3", "Parental illness or disability",
                "N4", "Family in acute stress", "N5", "Family dysfunction", "N6", "Socially unacceptable behaviour",
                "N7", "Low income", "N8", "Absent parenting"));
        lists.put("PLACE", codes(
                "A3", "Placed for adoption with parental/guardian consent with current foster carer(s)",
                "A4", "Placed for adoption with parental/guardian consent not with current foster carer(s)",
                "A5", "Placed for adoption with placement order with current foster carer(s)",
                "A6", "Placed for adoption with placement order not with current foster carer(s)",
                "H5", "Semi-independent living accommodation not subject to children's homes regulations",
                "K1", "Secure children's homes", "K2", "Children's homes subject to children's homes regulations",
                "P1", "Placed with own parent(s) or other person(s) with parental responsibility",
                "P2", "Independent living", "P3", "Residential employment",
                "R1", "Residential care home", "R2", "NHS/health trust or other establishment providing medical or nursing care",
                "R3", "Family centre or mother and baby unit", "R5", "Young offender institution or prison",
                "S1", "All residential schools, except where dual-registered as a school and children's home",
                "T0", "All types of temporary move", "T1", "Temporary periods in hospital",
                "T2", "Temporary absences of the child on holiday", "T3", "Temporary accommodation whilst normal foster carer(s) is/are on holiday",
                "T4", "Temporary accommodation of seven days or less",
                "U1", "Foster placement with relative or friend - long term fostering",
                "U2", "Foster placement with relative or friend who is also an approved adopter - fostering for adoption/concurrent planning",
                "U3", "Foster placement with relative or friend - not long term or fostering for adoption/concurrent planning",
                "U4", "Foster placement with other foster carer - long term fostering",
                "U5", "Foster placement with other foster carer who is also an approved adopter - fostering for adoption/concurrent planning",
                "U6", "Foster placement with other foster carer - not long term or fostering for adoption/concurrent planning",
                "Z1", "Other placements"));
        lists.put("PLACE_PROVIDER", codes(
                "PR0", "Parent(s) or other person(s) with parental responsibility",
                "PR1", "Own provision (by the local authority), including an RAA hosted by the child's own LA",
                "PR2", "Other local authority provision, including an RAA hosted by another LA",
                "PR3", "Other public provision (for example a primary care trust)",
                "PR4", "Private provision", "PR5", "Voluntary/third sector provision"));
        lists.put("REC", codes(
                "X1", "Episode ceases, and new episode begins on same day, for any reason",
                "E11", "Adopted - application for an adoption order unopposed",
                "E12", "Adopted - consent dispensed with by the court",
                "E13", "Left care to live with parent(s), relative, or other person with no parental responsibility",
                "E14", "Accommodation on remand ended", "E15", "Age assessment determined child is aged 18 or over",
                "E16", "Child moved abroad", "E17", "Aged 18 (or over) and remained with current carers (inc under staying put arrangements)",
                "E2", "Died", "E3", "Care taken over by another local authority in the UK",
                "E41", "Residence order (or, from 22 April 2014, a child arrangement order) granted",
                "E45", "Special guardianship order made to former foster carer(s), who was/are a relative(s) or friend(s)",
                "E46", "Special guardianship order made to former foster carer(s), other than relative(s) or friend(s)",
                "E47", "Special guardianship order made to carer(s), other than former foster carer(s), who was/are a relative(s) or friend(s)",
                "E48", "Special guardianship order made to carer(s), other than former foster carer(s), other than relative(s) or friend(s)",
                "E4A", "Returned home to live with parent(s), relative(s), or other person(s) with parental responsibility as part of the care planning process",
                "E4B", "Returned home to live with parent(s), relative(s), or other person(s) with parental responsibility which was not part of the current care planning process",
                "E5", "Moved into independent living arrangement and no longer looked-after: supportive accommodation",
                "E6", "Moved into independent living arrangement and no longer looked-after",
                "E7", "Transferred to residential care funded by adult social care services",
                "E8", "Period of being looked-after ceased for any other reason",
                "E9", "Sentenced to custody"));
        lists.put("REASON_PLACE_CHANGE", codes(
                "ALLEG", "Allegation (s47)", "APPRR", "Approval removed", "CARPL", "Change to/implementation of care plan",
                "CHILD", "Child requests placement end", "CLOSE", "Resignation/closure of provision",
                "CREQB", "Carer(s) requests placement end due to child's behaviour",
                "CREQO", "Carer(s) requests placement end other than due to child's behaviour",
                "CUSTOD", "Custody arrangement", "LAREQ", "Responsible/area authority requests placement end",
                "OTHER", "Other", "PLACE", "Change in the status of placement only",
                "STAND", "Standards of care concern"));
        lists.put("FOSTER_CARE", codes("0", "Not adopted by foster carer(s)", "1", "Adopted by foster carer(s)"));
        lists.put("NB_ADOPTR", codes("1", "Single adopter", "2", "Two adopters"));
        lists.put("SEX_ADOPTR", codes("M1", "Male adopter", "F1", "Female adopter", "MM", "Male couple",
                "FF", "Female couple", "MF", "Mixed-sex couple"));
        lists.put("LS_ADOPTR", codes("L0", "Single person", "L11", "Married couple", "L12", "Civil partners",
                "L2", "Unmarried couple", "L3", "Single person who is married/in a civil partnership but living alone",
                "L4", "Single person who is in a couple relationship but not living together"));
        lists.put("REASON_PLACED_CEASED", codes(
                "E11", "Adopted - application for an adoption order unopposed",
                "E12", "Adopted - consent dispensed with by the court",
                "RD1", "Child's needs changed subsequent to decision", "RD2", "Court did not make a placement order",
                "RD3", "Prospective adopters could not be found", "RD4", "Any other reason"));
        return new Ssda903Codes(lists);
    }

    private static Map<String, String> codes(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
