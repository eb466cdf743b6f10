package uk.raa.children.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A realistic, deterministic SSDA903 generator: children looked after, their episodes, adoptions and decisions, for
 * many authorities over several collection years, written as the four CSV tables children-service imports (Header,
 * Episodes, AD1, PlacedAdoption; exact DfE headers, dates dd/mm/yyyy). No real person is described: every value is
 * drawn from a seeded {@link SplittableRandom}, so one seed always gives byte-identical files.
 *
 * <p>Sizes: {@code agency} (the five ACE authorities with their DfE LA numbers, about 3,000 children and about 100
 * adoptions a year over ten years) and {@code national} (150 authorities, 82,000 children, about 250,000 episodes and
 * 30,000 adoptions over ten years, the benchmark set of docs/benchmarks.md).
 *
 * <p>Distributions (DOMAIN.md §2, §8 and the DfE statistics it cites; approximate, rounded figures from "Children
 * looked after in England including adoptions", 2023 and 2024, and the ASGLB adoption data):
 * <ul>
 *   <li>age at entry, children not on an adoption route: under 1 17%, 1-4 15%, 5-9 16%, 10-15 34%, 16-17 18%;
 *       children with an adoption plan: under 1 65% (nearly half within two weeks of birth), 1-3 32%, 4-6 3%;</li>
 *   <li>a decision that the child should be placed for adoption about 6-7 months after entering care, the placement
 *       order about 3 months later, the match about 4 months after that (longer for sibling groups), the move-in a
 *       few weeks after the match and the adoption order 8-12 months after the move-in (A1 around 15-16 months, A2
 *       around 5 months, as in recent national scorecards); unopposed (E11) 80%, consent dispensed with (E12) 20%;</li>
 *   <li>about one adoption in ten through fostering for adoption (U5, then A5 with the same carers), about one in
 *       eight by the child's own foster carers (A5), one in twenty by consent (A3/A4, no placement order), and 3% of
 *       adoptive placements disrupt before the order (a second family then adopts);</li>
 *   <li>decisions reversed for about a fifth of adoption decisions (RD1 25%, RD2 25%, RD3 35%, RD4 15%), the child
 *       then staying in long-term foster care or leaving on a special guardianship order;</li>
 *   <li>other children: home (E4A/E4B) 45%, special guardianship (E45-E48) 12%, child arrangements order (E41) 3%,
 *       leaving at 18 (E17, E5, E6, E8) when they reach it, otherwise still looked after; 12% of those who go home
 *       come back into care (a second period of care with RNE S);</li>
 *   <li>placements: foster care (U1-U6) for most, placed with parents (P1), children's homes (K2) and
 *       semi-independent living (H5) for older children; one placement move for about half of the children;</li>
 *   <li>siblings: children entering care together share every date of their journey; sizes 2-4; with sibling groups
 *       waiting longer for a match, about 57% of children waiting for adoption are in a sibling group;</li>
 *   <li>sex 52% male; ethnicity close to the looked-after population (about two thirds White British).</li>
 * </ul>
 *
 * <p>Each collection year's return holds every child looked after at some time in that year: the Header row, the
 * episodes of each period of care that overlaps the year from its RNE S episode up to the end of the year (an
 * episode still open on 31 March has DEC and REC blank), AD1 for children adopted in the year and PlacedAdoption for
 * every decision current at some time in the year (ceased, with RD1-RD4 or E11/E12, when it ended in the year). A
 * return therefore stands on its own: the importer's cross-row rules (334, 554, 521, 408) hold within each file set.
 * DfE returns carry only the episodes open in the year; later years re-send earlier ones here, which the importer
 * merges as unchanged.
 *
 * <p>Usage: {@code Ssda903Generator agency|national [seed] [outputDirectory]}; files go to
 * {@code <out>/<authority>/<yyyy-yy>/{header,episodes,ad1,placed_for_adoption}.csv}, with {@code authorities.csv}
 * (code, LA number, name) and {@code sibling_groups.csv} (not a 903 table) beside them.
 */
public final class Ssda903Generator {

    /** A local authority: its platform code, DfE LA number and relative number of children looked after. */
    public record Authority(String code, String laNumber, String name, double weight) {
    }

    /** What to generate. Collection years {@code firstYear}/.. for {@code years} years. */
    public record Spec(String name, List<Authority> authorities, int children, int adoptions, int firstYear,
                       int years) {

        public LocalDate windowStart() {
            return LocalDate.of(firstYear, 4, 1);
        }

        public LocalDate windowEnd() {
            return LocalDate.of(firstYear + years, 3, 31);
        }

        public List<String> collectionYears() {
            List<String> out = new ArrayList<>();
            for (int y = firstYear; y < firstYear + years; y++) {
                out.add(collectionYear(y));
            }
            return out;
        }
    }

    /** The five ACE partners (DOMAIN.md §1); weights follow their looked-after numbers around 2018. */
    public static final List<Authority> ACE = List.of(
            new Authority("coventry", "331", "Coventry City Council", 651),
            new Authority("solihull", "334", "Solihull Metropolitan Borough Council", 470),
            new Authority("warwickshire", "937", "Warwickshire County Council", 800),
            new Authority("worcestershire", "885", "Worcestershire County Council", 830),
            new Authority("herefordshire", "884", "Herefordshire Council", 330));

    public static Spec agency() {
        return new Spec("agency", ACE, 3_000, 1_000, 2016, 10);
    }

    public static Spec national() {
        return new Spec("national", nationalAuthorities(150), 82_000, 30_000, 2016, 10);
    }

    public static Spec named(String name) {
        return switch (name) {
            case "agency" -> agency();
            case "national" -> national();
            default -> throw new IllegalArgumentException("size must be agency or national, not " + name);
        };
    }

    /**
     * The five ACE authorities and synthetic others ({@code la-aa}, {@code la-ab}, ...; LA numbers 600 upwards,
     * not real councils), with sizes spread like English councils' (from about 60 to about 1,500 looked after).
     */
    static List<Authority> nationalAuthorities(int count) {
        List<Authority> out = new ArrayList<>(ACE);
        SplittableRandom sizes = new SplittableRandom(903);
        for (int i = 0; out.size() < count; i++) {
            String code = "la-" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
            double weight = Math.exp(6.2 + 0.7 * gaussian(sizes));
            out.add(new Authority(code, String.valueOf(600 + i), "Synthetic authority " + (600 + i),
                    Math.min(1500, Math.max(60, weight))));
        }
        return List.copyOf(out);
    }

    // ----------------------------------------------------------------------------------------------- the model

    /** One episode of care. DEC and REC null while open. */
    public record Episode(LocalDate decom, String rne, String ls, String cin, String place, String provider,
                          LocalDate dec, String rec, String reasonPlaceChange) {
    }

    /** One generated child and everything the returns say about it. */
    public static final class Child {
        final Authority authority;
        final String id;
        final String sex;
        final LocalDate dob;
        final String ethnic;
        final List<Episode> episodes = new ArrayList<>();
        final String siblingGroup;
        LocalDate decision;
        LocalDate match;
        LocalDate placed;
        boolean fosterCare;
        String adopters;
        LocalDate ceased;
        String ceasedReason;
        LocalDate order;

        Child(Authority authority, String id, String sex, LocalDate dob, String ethnic, String siblingGroup) {
            this.authority = authority;
            this.id = id;
            this.sex = sex;
            this.dob = dob;
            this.ethnic = ethnic;
            this.siblingGroup = siblingGroup;
        }

        public Authority authority() {
            return authority;
        }

        public String id() {
            return id;
        }

        public LocalDate dateOfBirth() {
            return dob;
        }

        public List<Episode> episodes() {
            return episodes;
        }

        public String siblingGroup() {
            return siblingGroup;
        }

        public LocalDate decision() {
            return decision;
        }

        public LocalDate placedForAdoption() {
            return placed;
        }

        public LocalDate adoptionOrder() {
            return order;
        }

        public LocalDate decisionCeased() {
            return ceased;
        }

        public String ceasedReason() {
            return ceasedReason;
        }

        public LocalDate enteredCare() {
            return episodes.get(0).decom();
        }

        /** Periods of care: each starts with an RNE S episode. */
        public int periods() {
            return (int) episodes.stream().filter(e -> e.rne().equals("S")).count();
        }

        /** Looked after at some time between the two days (both inclusive). */
        boolean lookedAfterBetween(LocalDate from, LocalDate to) {
            for (List<Episode> period : periodsOfCare()) {
                LocalDate start = period.get(0).decom();
                Episode last = period.get(period.size() - 1);
                LocalDate end = last.dec() != null && !"X1".equals(last.rec()) ? last.dec() : null;
                if (!start.isAfter(to) && (end == null || !end.isBefore(from))) {
                    return true;
                }
            }
            return false;
        }

        List<List<Episode>> periodsOfCare() {
            List<List<Episode>> out = new ArrayList<>();
            for (Episode e : episodes) {
                if (e.rne().equals("S")) {
                    out.add(new ArrayList<>());
                }
                out.get(out.size() - 1).add(e);
            }
            return out;
        }

        /** Waiting on the day: a current decision to place for adoption, not yet placed, still looked after. */
        public boolean waitingOn(LocalDate day) {
            return decision != null && !decision.isAfter(day) && (placed == null || placed.isAfter(day))
                    && (ceased == null || ceased.isAfter(day)) && lookedAfterBetween(day, day);
        }
    }

    /** The generated set. */
    public record Result(Spec spec, long seed, List<Child> children) {

        public long episodes() {
            return children.stream().mapToLong(c -> c.episodes.size()).sum();
        }

        /** Adoption orders made inside the collection years. */
        public long adoptions() {
            return children.stream().filter(c -> c.order != null && !c.order.isAfter(spec.windowEnd())
                    && !c.order.isBefore(spec.windowStart())).count();
        }

        public long decisionsReversed() {
            return children.stream().filter(c -> c.ceasedReason != null && c.ceasedReason.startsWith("RD")
                    && !c.ceased.isAfter(spec.windowEnd())).count();
        }

        /** Writes every return; answers the number of rows written per table. */
        public long[] write(Path dir) {
            return new ReturnWriter(this).write(dir);
        }
    }

    // ----------------------------------------------------------------------------------------------- generating

    private static final DateTimeFormatter DDMMYYYY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private final Spec spec;
    private final SplittableRandom random;
    private final double[] cumulativeWeights;
    private final int[] nextId;
    private int siblingGroups;
    private final double decisionShare;

    private Ssda903Generator(Spec spec, long seed) {
        this.spec = spec;
        this.random = new SplittableRandom(seed);
        this.cumulativeWeights = new double[spec.authorities().size()];
        double sum = 0;
        for (int i = 0; i < cumulativeWeights.length; i++) {
            sum += spec.authorities().get(i).weight();
            cumulativeWeights[i] = sum;
        }
        this.nextId = new int[spec.authorities().size()];
        // Children with an adoption decision: adoptions / children, over the share of decisions that end in an
        // order inside the window (about two thirds: a fifth are reversed, some are made too late to finish in time).
        this.decisionShare = Math.min(0.95, (double) spec.adoptions() / spec.children() / 0.70);
    }

    public static Result generate(Spec spec, long seed) {
        return new Ssda903Generator(spec, seed).run(seed);
    }

    private Result run(long seed) {
        List<Child> children = new ArrayList<>(spec.children() + 8);
        LocalDate earliest = spec.windowStart().minusDays(540);
        int span = (int) ChronoUnit.DAYS.between(earliest, spec.windowEnd().minusDays(30));
        while (children.size() < spec.children()) {
            Authority authority = authority();
            LocalDate entry = earliest.plusDays(random.nextInt(span));
            boolean adoptionRoute = random.nextDouble() < decisionShare;
            int size = familySize(adoptionRoute);
            List<Child> family = adoptionRoute ? adoptionFamily(authority, entry, size)
                    : otherFamily(authority, entry, size);
            for (Child child : family) {
                if (children.size() < spec.children()
                        && child.lookedAfterBetween(spec.windowStart(), spec.windowEnd())) {
                    children.add(child);
                }
            }
        }
        return new Result(spec, seed, children);
    }

    private Authority authority() {
        double pick = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
        for (int i = 0; i < cumulativeWeights.length; i++) {
            if (pick < cumulativeWeights[i]) {
                return spec.authorities().get(i);
            }
        }
        return spec.authorities().get(spec.authorities().size() - 1);
    }

    private int familySize(boolean adoptionRoute) {
        double p = random.nextDouble();
        if (adoptionRoute) {
            return p < 0.68 ? 1 : p < 0.91 ? 2 : p < 0.97 ? 3 : 4;
        }
        return p < 0.75 ? 1 : p < 0.92 ? 2 : p < 0.98 ? 3 : 4;
    }

    /** Builds the siblings with their own identities; ages spread upwards from the youngest. */
    private List<Child> siblings(Authority authority, LocalDate entry, int size, int youngestAgeDays, int maxAgeDays) {
        String group = size > 1 ? authority.code() + "-SG" + (++siblingGroups) : null;
        String ethnic = ethnicity();
        List<Child> out = new ArrayList<>();
        int age = youngestAgeDays;
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                age += 330 + random.nextInt(500);
                if (age > maxAgeDays) {
                    break;
                }
            }
            int index = indexOf(authority);
            String id = authority.laNumber() + String.format(Locale.ROOT, "%06d", ++nextId[index]);
            out.add(new Child(authority, id, random.nextDouble() < 0.52 ? "1" : "2", entry.minusDays(age), ethnic,
                    group));
        }
        if (out.size() == 1 && group != null) {
            Child only = out.get(0);
            out.set(0, new Child(authority, only.id, only.sex, only.dob, only.ethnic, null));
        }
        return out;
    }

    private int indexOf(Authority authority) {
        return spec.authorities().indexOf(authority);
    }

    /** A family on an adoption route: adopted together, or the decision reversed for all of them. */
    private List<Child> adoptionFamily(Authority authority, LocalDate entry, int size) {
        double a = random.nextDouble();
        int youngest = a < 0.30 ? random.nextInt(15) : a < 0.65 ? 15 + random.nextInt(350)
                : a < 0.97 ? 365 + random.nextInt(3 * 365) : 4 * 365 + random.nextInt(3 * 365);
        List<Child> family = siblings(authority, entry, size, youngest, 9 * 365);
        boolean group = family.size() > 1;
        boolean reversed = random.nextDouble() < 0.21;
        boolean consent = !reversed && !group && youngest < 365 && random.nextDouble() < 0.06;
        boolean fostering = !reversed && !consent && youngest < 2 * 365 && random.nextDouble() < 0.14;
        boolean byFosterCarers = !reversed && !consent && !fostering && random.nextDouble() < 0.13;
        boolean disrupts = !reversed && !consent && !fostering && !byFosterCarers && random.nextDouble() < 0.03;

        String cin = random.nextDouble() < 0.7 ? "N1" : random.nextDouble() < 0.5 ? "N4" : "N5";
        String provider = provider();
        Timeline t = new Timeline(entry, cin);
        String firstLs = consent || random.nextDouble() < 0.12 ? "V2" : "C1";
        String firstPlace = fostering ? "U5" : random.nextDouble() < 0.15 ? "U3" : "U6";
        t.start(firstLs, firstPlace, provider);

        LocalDate decision = entry.plusDays(Math.max(30, normal(195, 100)));
        if (consent) {
            LocalDate placed = t.after(decision.plusDays(20 + random.nextInt(120)));
            t.change("P", "V2", "A4", provider(), "CARPL", placed);
            LocalDate order = placed.plusDays(150 + random.nextInt(250));
            t.end(order, random.nextDouble() < 0.8 ? "E11" : "E12");
            LocalDate match = latest(decision, placed.minusDays(10 + random.nextInt(30)));
            return adopted(family, t, decision, match, placed, false, order);
        }
        LocalDate placementOrder = decision.plusDays(Math.max(14, normal(90, 50)));
        if (!fostering && random.nextDouble() < 0.45) {
            LocalDate move = entry.plusDays(20 + random.nextInt((int) Math.max(1,
                    ChronoUnit.DAYS.between(entry, placementOrder) - 30)));
            t.change("P", firstLs, random.nextDouble() < 0.8 ? "U6" : "U4", provider(), "CARPL", t.after(move));
        }
        if (reversed) {
            return reversedFamily(family, t, decision, placementOrder);
        }
        placementOrder = t.after(placementOrder);
        t.change("L", "E1", t.place(), t.provider(), null, placementOrder);
        int wait = Math.max(10, normal(115, 90)) + (group ? 70 + 30 * (family.size() - 2) : 0);
        LocalDate match = fostering ? placementOrder.plusDays(random.nextInt(80) - 20) : placementOrder.plusDays(wait);
        if (match.isBefore(decision)) {
            match = decision.plusDays(1);
        }
        LocalDate placed;
        if (disrupts) {
            LocalDate first = t.after(match.plusDays(7 + random.nextInt(35)));
            t.change("P", "E1", "A6", "PR1", "CARPL", first);
            LocalDate broke = t.after(first.plusDays(40 + random.nextInt(160)));
            t.change("P", "E1", "U6", provider(), "CREQO", broke);
            match = broke.plusDays(90 + random.nextInt(160));
        }
        placed = t.after(latest(match.plusDays(fostering || byFosterCarers ? random.nextInt(20)
                : 7 + random.nextInt(38)), placementOrder.plusDays(1)));
        if (fostering || byFosterCarers) {
            t.change("T", "E1", "A5", t.provider(), "CARPL", placed);
        } else {
            t.change("P", "E1", "A6", random.nextDouble() < 0.7 ? "PR1" : "PR2", "CARPL", placed);
        }
        LocalDate order = placed.plusDays(Math.max(70, normal(290, 90)));
        t.end(order, random.nextDouble() < 0.8 ? "E11" : "E12");
        return adopted(family, t, decision, match, placed, fostering || byFosterCarers, order);
    }

    private List<Child> adopted(List<Child> family, Timeline t, LocalDate decision, LocalDate match, LocalDate placed,
                                boolean fosterCare, LocalDate order) {
        String adopters = adopters();
        for (Child child : family) {
            child.episodes.addAll(t.episodes);
            child.decision = decision;
            child.match = match;
            child.placed = placed;
            child.fosterCare = fosterCare;
            child.adopters = adopters;
            child.order = order;
            child.ceased = order;
            child.ceasedReason = t.episodes.get(t.episodes.size() - 1).rec();
        }
        return family;
    }

    private List<Child> reversedFamily(List<Child> family, Timeline t, LocalDate decision, LocalDate placementOrder) {
        double r = random.nextDouble();
        String reason = r < 0.25 ? "RD1" : r < 0.50 ? "RD2" : r < 0.85 ? "RD3" : "RD4";
        LocalDate reversedOn;
        if (reason.equals("RD2")) {
            reversedOn = t.after(decision.plusDays(90 + random.nextInt(210)));
            t.change("L", "C2", t.place(), t.provider(), null, reversedOn);
        } else {
            placementOrder = t.after(placementOrder);
            t.change("L", "E1", t.place(), t.provider(), null, placementOrder);
            reversedOn = t.after(placementOrder.plusDays(120 + random.nextInt(reason.equals("RD3") ? 480 : 300)));
            t.change("L", "C2", t.place(), t.provider(), null, reversedOn);
        }
        if (random.nextDouble() < 0.45) {
            t.end(reversedOn.plusDays(150 + random.nextInt(400)), "E4" + (char) ('5' + random.nextInt(4)));
        } else if (random.nextDouble() < 0.6) {
            t.change("P", "C2", "U4", provider(), "CARPL", t.after(reversedOn.plusDays(30 + random.nextInt(170))));
        }
        for (Child child : family) {
            child.episodes.addAll(t.episodes);
            child.decision = decision;
            child.ceased = reversedOn;
            child.ceasedReason = reason;
        }
        return family;
    }

    /** Children looked after for other reasons: home, special guardianship, 18, or still looked after. */
    private List<Child> otherFamily(Authority authority, LocalDate entry, int size) {
        double a = random.nextDouble();
        int youngest = a < 0.17 ? random.nextInt(365) : a < 0.32 ? 365 + random.nextInt(4 * 365)
                : a < 0.48 ? 5 * 365 + random.nextInt(5 * 365) : a < 0.82 ? 10 * 365 + random.nextInt(6 * 365)
                : 16 * 365 + random.nextInt(700);
        List<Child> family = siblings(authority, entry, size, youngest, 17 * 365 + 300);
        // Older siblings share the journey; the eldest's age decides placement types and leaving at 18.
        Child eldest = family.get(family.size() - 1);
        int ageYears = (int) ChronoUnit.YEARS.between(eldest.dob, entry);
        LocalDate eighteen = eldest.dob.plusYears(18);
        String cin = ageYears >= 10 && random.nextDouble() < 0.3 ? (random.nextDouble() < 0.5 ? "N5" : "N6")
                : random.nextDouble() < 0.6 ? "N1" : random.nextDouble() < 0.4 ? "N4" : "N8";
        String ls = ageYears >= 10 ? (random.nextDouble() < 0.6 ? "V2" : random.nextDouble() < 0.85 ? "C1" : "J2")
                : (random.nextDouble() < 0.5 ? "V2" : "C1");
        Timeline t = new Timeline(entry, cin);
        t.start(ls, placeFor(ageYears), provider());
        buildOtherPeriod(t, ageYears, eighteen, ls);
        LocalDate homeOn = t.endedOn("E4A") != null ? t.endedOn("E4A") : t.endedOn("E4B");
        if (homeOn != null && random.nextDouble() < 0.12) {
            LocalDate back = homeOn.plusDays(60 + random.nextInt(640));
            if (back.isBefore(eighteen.minusDays(60))) {
                int ageThen = (int) ChronoUnit.YEARS.between(eldest.dob, back);
                String ls2 = random.nextDouble() < 0.5 ? "V2" : "C1";
                t.restart(back, ls2, placeFor(ageThen), provider());
                buildOtherPeriod(t, ageThen, eighteen, ls2);
            }
        }
        for (Child child : family) {
            child.episodes.addAll(t.episodes);
        }
        return family;
    }

    private void buildOtherPeriod(Timeline t, int ageYears, LocalDate eighteen, String ls) {
        double o = random.nextDouble();
        LocalDate from = t.last().decom();
        int stay = o < 0.45 ? 30 + (int) Math.abs(normal(0, 300)) : 200 + random.nextInt(1400);
        LocalDate end = from.plusDays(stay);
        String rec = o < 0.40 ? "E4A" : o < 0.45 ? "E4B" : o < 0.57 && ageYears < 12 ? "E4" + (char) ('5' + random.nextInt(4))
                : o < 0.60 && ageYears < 14 ? "E41" : null;
        if (rec == null && end.isAfter(eighteen)) {
            end = eighteen;
            double r = random.nextDouble();
            rec = r < 0.45 ? "E17" : r < 0.75 ? "E5" : r < 0.90 ? "E6" : "E8";
        }
        if ("C1".equals(ls) && random.nextDouble() < 0.7) {
            LocalDate full = from.plusDays(90 + random.nextInt(200));
            if (full.isBefore(end.minusDays(5))) {
                t.change("L", "C2", t.place(), t.provider(), null, t.after(full));
            }
        }
        int moves = (int) Math.min(4, Math.round(Math.abs(normal(0, 1)) * Math.min(1.6, stay / 420.0)));
        for (int i = 0; i < moves; i++) {
            LocalDate move = t.last().decom().plusDays(15 + random.nextInt(Math.max(1, stay / (moves + 1))));
            if (move.isBefore(end.minusDays(5))) {
                int ageThen = ageYears + (int) (ChronoUnit.DAYS.between(from, move) / 365);
                t.change("P", t.legalStatus(), placeFor(ageThen), provider(), reasonChange(), t.after(move));
            }
        }
        if (rec != null) {
            t.end(t.after(end), rec);
        }
    }

    private String placeFor(int ageYears) {
        double p = random.nextDouble();
        if (ageYears >= 16) {
            return p < 0.35 ? "H5" : p < 0.65 ? "U6" : p < 0.85 ? "K2" : p < 0.93 ? "U4" : "P2";
        }
        if (ageYears >= 10) {
            return p < 0.50 ? "U6" : p < 0.62 ? "U4" : p < 0.72 ? "U3" : p < 0.88 ? "K2" : p < 0.94 ? "P1" : "R1";
        }
        return p < 0.62 ? "U6" : p < 0.74 ? "U4" : p < 0.86 ? "U3" : p < 0.94 ? "P1" : p < 0.97 ? "U1" : "R3";
    }

    private String provider() {
        double p = random.nextDouble();
        return p < 0.55 ? "PR1" : p < 0.65 ? "PR2" : p < 0.90 ? "PR4" : "PR5";
    }

    private String reasonChange() {
        String[] reasons = {"CARPL", "CREQB", "CREQO", "LAREQ", "CHILD", "STAND", "OTHER"};
        return reasons[random.nextInt(reasons.length)];
    }

    private String adopters() {
        if (random.nextDouble() < 0.12) {
            return random.nextDouble() < 0.85 ? "1,F1,L0" : "1,M1,L0";
        }
        double p = random.nextDouble();
        String sex = p < 0.85 ? "MF" : p < 0.92 ? "MM" : "FF";
        String status = sex.equals("MF") ? (random.nextDouble() < 0.72 ? "L11" : "L2")
                : (random.nextDouble() < 0.6 ? "L12" : "L2");
        return "2," + sex + "," + status;
    }

    private String ethnicity() {
        double p = random.nextDouble();
        String[] codes = {"WBRI", "WOTH", "WIRI", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
                "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"};
        double[] share = {0.655, 0.06, 0.004, 0.004, 0.012, 0.035, 0.012, 0.015, 0.038, 0.008, 0.015, 0.006, 0.021,
                0.013, 0.037, 0.02, 0.001, 0.034, 0.005, 0.005};
        double sum = 0;
        for (int i = 0; i < codes.length; i++) {
            sum += share[i];
            if (p < sum) {
                return codes[i];
            }
        }
        return "WBRI";
    }

    private int normal(double mean, double sd) {
        return (int) Math.round(mean + sd * gaussian(random));
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** A run of episodes with strictly increasing DECOMs, each ending where the next begins (REC X1). */
    private static final class Timeline {
        final List<Episode> episodes = new ArrayList<>();
        final String cin;
        final LocalDate entry;

        Timeline(LocalDate entry, String cin) {
            this.entry = entry;
            this.cin = cin;
        }

        Episode last() {
            return episodes.get(episodes.size() - 1);
        }

        String place() {
            return last().place();
        }

        String provider() {
            return last().provider();
        }

        String legalStatus() {
            return last().ls();
        }

        /** The day, or the day after the last episode began when that is later (DECOMs never repeat). */
        LocalDate after(LocalDate day) {
            LocalDate min = episodes.isEmpty() ? entry : last().decom().plusDays(1);
            return day.isBefore(min) ? min : day;
        }

        void start(String ls, String place, String provider) {
            episodes.add(new Episode(entry, "S", ls, cin, place, provider, null, null, null));
        }

        void restart(LocalDate day, String ls, String place, String provider) {
            episodes.add(new Episode(day, "S", ls, cin, place, provider, null, null, null));
        }

        void change(String rne, String ls, String place, String provider, String reason, LocalDate day) {
            Episode previous = last();
            episodes.set(episodes.size() - 1, new Episode(previous.decom(), previous.rne(), previous.ls(),
                    previous.cin(), previous.place(), previous.provider(), day, "X1",
                    rne.equals("L") ? null : reason));
            episodes.add(new Episode(day, rne, ls, cin, place, provider, null, null, null));
        }

        void end(LocalDate day, String rec) {
            Episode previous = last();
            LocalDate dec = day.isAfter(previous.decom()) ? day : previous.decom().plusDays(1);
            episodes.set(episodes.size() - 1, new Episode(previous.decom(), previous.rne(), previous.ls(),
                    previous.cin(), previous.place(), previous.provider(), dec, rec, null));
        }

        LocalDate endedOn(String rec) {
            Episode e = last();
            return rec.equals(e.rec()) ? e.dec() : null;
        }
    }

    // ----------------------------------------------------------------------------------------------- writing

    /** Writes one return per authority and collection year. */
    private static final class ReturnWriter {
        private final Result result;

        ReturnWriter(Result result) {
            this.result = result;
        }

        long[] write(Path dir) {
            long[] rows = new long[4];
            try {
                Files.createDirectories(dir);
                try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("authorities.csv"), StandardCharsets.UTF_8)) {
                    out.write("code,la_number,name\n");
                    for (Authority a : result.spec().authorities()) {
                        out.write(a.code() + "," + a.laNumber() + "," + a.name() + "\n");
                    }
                }
                try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("sibling_groups.csv"), StandardCharsets.UTF_8)) {
                    out.write("authority,sibling_group,child\n");
                    for (Child c : result.children()) {
                        if (c.siblingGroup != null) {
                            out.write(c.authority.code() + "," + c.siblingGroup + "," + c.id + "\n");
                        }
                    }
                }
                for (Authority authority : result.spec().authorities()) {
                    List<Child> mine = result.children().stream().filter(c -> c.authority == authority).toList();
                    for (int y = result.spec().firstYear(); y < result.spec().firstYear() + result.spec().years(); y++) {
                        Path yearDir = dir.resolve(authority.code()).resolve(collectionYear(y).replace('/', '-'));
                        Files.createDirectories(yearDir);
                        long[] written = writeYear(yearDir, mine, LocalDate.of(y, 4, 1), LocalDate.of(y + 1, 3, 31));
                        for (int i = 0; i < 4; i++) {
                            rows[i] += written[i];
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return rows;
        }

        private static long[] writeYear(Path dir, List<Child> children, LocalDate from, LocalDate to)
                throws IOException {
            long[] rows = new long[4];
            try (BufferedWriter header = writer(dir, "header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB");
                 BufferedWriter episodes = writer(dir, "episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,"
                         + "DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN");
                 BufferedWriter ad1 = writer(dir, "ad1.csv",
                         "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR");
                 BufferedWriter placed = writer(dir, "placed_for_adoption.csv",
                         "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED")) {
                for (Child c : children) {
                    if (!c.lookedAfterBetween(from, to)) {
                        continue;
                    }
                    header.write(c.id + "," + c.sex + "," + date(c.dob) + "," + c.ethnic + ",,,\n");
                    rows[0]++;
                    for (List<Episode> period : c.periodsOfCare()) {
                        Episode last = period.get(period.size() - 1);
                        boolean ended = last.dec() != null && !"X1".equals(last.rec());
                        if (period.get(0).decom().isAfter(to) || (ended && last.dec().isBefore(from))) {
                            continue;
                        }
                        for (Episode e : period) {
                            if (e.decom().isAfter(to)) {
                                break;
                            }
                            boolean closed = e.dec() != null && !e.dec().isAfter(to);
                            episodes.write(c.id + "," + date(e.decom()) + "," + e.rne() + "," + e.ls() + "," + e.cin()
                                    + "," + e.place() + "," + e.provider() + "," + (closed ? date(e.dec()) : "") + ","
                                    + (closed ? e.rec() : "") + ","
                                    + (closed && e.reasonPlaceChange() != null ? e.reasonPlaceChange() : "")
                                    + ",,,\n");
                            rows[1]++;
                        }
                    }
                    if (c.order != null && !c.order.isBefore(from) && !c.order.isAfter(to)) {
                        String[] adopters = c.adopters.split(",");
                        ad1.write(c.id + "," + date(c.dob) + "," + date(c.decision) + "," + date(c.match) + ","
                                + (c.fosterCare ? "1" : "0") + "," + adopters[0] + "," + adopters[1] + ","
                                + adopters[2] + "\n");
                        rows[2]++;
                    }
                    if (c.decision != null && !c.decision.isAfter(to) && (c.ceased == null || !c.ceased.isBefore(from))) {
                        boolean ceasedNow = c.ceased != null && !c.ceased.isAfter(to);
                        placed.write(c.id + "," + date(c.dob) + "," + date(c.decision) + ","
                                + (ceasedNow ? date(c.ceased) + "," + c.ceasedReason : ",") + "\n");
                        rows[3]++;
                    }
                }
            }
            return rows;
        }

        private static BufferedWriter writer(Path dir, String file, String headerLine) throws IOException {
            BufferedWriter w = Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8);
            w.write(headerLine + "\n");
            return w;
        }
    }

    static String date(LocalDate d) {
        return d.format(DDMMYYYY);
    }

    /** 2019 gives "2019/20". */
    public static String collectionYear(int firstYear) {
        return firstYear + "/" + String.format(Locale.ROOT, "%02d", (firstYear + 1) % 100);
    }

    public static void main(String[] args) {
        Spec spec = named(args.length > 0 ? args[0] : "agency");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 903L;
        Path out = Path.of(args.length > 2 ? args[2] : "target/ssda903-" + spec.name());
        long start = System.nanoTime();
        Result result = generate(spec, seed);
        long[] rows = result.write(out);
        System.out.printf(Locale.ROOT, "%s (seed %d): %d authorities, %d children, %d episodes, %d adoptions, "
                        + "%d decisions reversed, %d collection years; rows written: header %d, episodes %d, ad1 %d, "
                        + "placedAdoption %d; %s in %.1f s%n", spec.name(), seed, spec.authorities().size(),
                result.children().size(), result.episodes(), result.adoptions(), result.decisionsReversed(),
                spec.years(), rows[0], rows[1], rows[2], rows[3], out, (System.nanoTime() - start) / 1e9);
    }
}
