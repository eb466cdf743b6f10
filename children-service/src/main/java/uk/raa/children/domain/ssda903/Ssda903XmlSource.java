package uk.raa.children.domain.ssda903;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the XML form of the return ({@code EXPSSDA903/CHILD}) one CHILD at a time and turns each into the same
 * rows the CSV tables hold. Mapping: {@code HEADER/CHILDID} is CHILD; HEADER's SEX, DOB, ETHNIC, UPN, MOTHER,
 * MC_DOB are the Header row; HEADER's DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR (when any
 * is present) are the AD1 row; each {@code HEADER/AD_PLACED} is a PlacedAdoption row; each {@code EPISODE} is an
 * Episodes row, with {@code PL} read as PLACE. AD1 and PlacedAdoption rows take DOB from the header. Other
 * elements (reviews, missing episodes, OC2, UASC, PERMANENCE) belong to tables this importer does not read and are
 * skipped. Row numbers count records within each table from 1. DTDs and external entities are refused.
 */
public final class Ssda903XmlSource implements RowSource {

    private static final String XML_TABLE = "XML";
    private static final Set<String> HEADER_FIELDS = Set.of("CHILDID", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER",
            "MC_DOB");
    private static final Set<String> AD1_FIELDS = Set.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR",
            "SEX_ADOPTR", "LS_ADOPTR");
    private static final Set<String> PLACED_FIELDS = Set.of("DATE_PLACED", "DATE_PLACED_CEASED",
            "REASON_PLACED_CEASED");
    private static final Set<String> EPISODE_FIELDS = Set.of("DECOM", "RNE", "LS", "CIN", "PL", "PLACE",
            "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");

    private final XMLStreamReader xml;
    private final Deque<RawRow> queue = new ArrayDeque<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<Ssda903Table, Long> counters = new HashMap<>();
    private long childOrdinal;
    private boolean finished;
    private boolean rootChecked;

    public Ssda903XmlSource(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            findings.add(Finding.error(XML_TABLE, 0, "", "xml-malformed", "the XML could not be opened; nothing was read"));
            finished = true;
        }
        this.xml = reader;
    }

    @Override
    public boolean hasNext() {
        while (queue.isEmpty() && !finished) {
            readNextChild();
        }
        return !queue.isEmpty();
    }

    @Override
    public RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return queue.removeFirst();
    }

    private void readNextChild() {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (!rootChecked) {
                    rootChecked = true;
                    if (!name.equals("EXPSSDA903")) {
                        findings.add(Finding.error(XML_TABLE, 0, "", "xml-root",
                                "the root element is not EXPSSDA903; CHILD elements are read wherever they are"));
                    }
                    if (!name.equals("CHILD")) {
                        continue;
                    }
                }
                if (name.equals("CHILD")) {
                    childOrdinal++;
                    readChild();
                    return;
                }
            }
            finished = true;
        } catch (XMLStreamException e) {
            findings.add(Finding.error(XML_TABLE, childOrdinal, "", "xml-malformed",
                    "the XML is not well formed inside or after CHILD element " + childOrdinal
                            + "; the rest of the file could not be read"));
            finished = true;
        }
    }

    private void readChild() throws XMLStreamException {
        Map<String, String> header = new HashMap<>();
        List<Map<String, String>> placed = new ArrayList<>();
        List<Map<String, String>> episodes = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("CHILD")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "HEADER" -> readHeader(header, placed);
                case "EPISODE" -> episodes.add(readLeaves("EPISODE", EPISODE_FIELDS));
                default -> skipElement();
            }
        }
        String child = header.get("CHILDID");
        String dob = header.get("DOB");
        Map<String, String> headerRow = new HashMap<>();
        putIfPresent(headerRow, "CHILD", child);
        for (String field : HEADER_FIELDS) {
            if (!field.equals("CHILDID")) {
                putIfPresent(headerRow, field, header.get(field));
            }
        }
        emit(Ssda903Table.HEADER, headerRow);
        if (AD1_FIELDS.stream().anyMatch(header::containsKey)) {
            Map<String, String> ad1 = new HashMap<>();
            putIfPresent(ad1, "CHILD", child);
            putIfPresent(ad1, "DOB", dob);
            AD1_FIELDS.forEach(field -> putIfPresent(ad1, field, header.get(field)));
            emit(Ssda903Table.AD1, ad1);
        }
        for (Map<String, String> values : placed) {
            putIfPresent(values, "CHILD", child);
            putIfPresent(values, "DOB", dob);
            emit(Ssda903Table.PLACED_ADOPTION, values);
        }
        for (Map<String, String> values : episodes) {
            putIfPresent(values, "CHILD", child);
            String place = values.remove("PL");
            if (place != null) {
                values.putIfAbsent("PLACE", place);
            }
            emit(Ssda903Table.EPISODES, values);
        }
    }

    private void readHeader(Map<String, String> header, List<Map<String, String>> placed) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("HEADER")) {
                return;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (name.equals("AD_PLACED")) {
                placed.add(readLeaves("AD_PLACED", PLACED_FIELDS));
            } else if (HEADER_FIELDS.contains(name) || AD1_FIELDS.contains(name)) {
                header.put(name, xml.getElementText());
            } else {
                skipElement();
            }
        }
    }

    private Map<String, String> readLeaves(String element, Set<String> fields) throws XMLStreamException {
        Map<String, String> values = new HashMap<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(element)) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (fields.contains(name)) {
                values.put(name, xml.getElementText());
            } else {
                skipElement();
            }
        }
        return values;
    }

    /** Skips the element just started, with everything inside it. */
    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    private void emit(Ssda903Table table, Map<String, String> values) {
        long row = counters.merge(table, 1L, Long::sum);
        queue.addLast(new RawRow(table, row, values));
    }

    @Override
    public List<Finding> drainFindings() {
        List<Finding> drained = List.copyOf(findings);
        findings.clear();
        return drained;
    }

    @Override
    public void close() {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                findings.add(Finding.warning(XML_TABLE, 0, "", "xml-close", "the XML reader could not be closed cleanly"));
            }
        }
    }
}
