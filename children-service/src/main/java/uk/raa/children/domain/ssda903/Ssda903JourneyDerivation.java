package uk.raa.children.domain.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.raa.children.domain.journey.AdoptionOrder;
import uk.raa.children.domain.journey.AdoptionOrderType;
import uk.raa.children.domain.journey.AdoptivePlacementType;
import uk.raa.children.domain.journey.ChildJourney;
import uk.raa.children.domain.journey.CourtAuthority;
import uk.raa.children.domain.journey.CourtAuthorityType;
import uk.raa.children.domain.journey.DecisionReversed;
import uk.raa.children.domain.journey.Disruption;
import uk.raa.children.domain.journey.DomainRuleViolation;
import uk.raa.children.domain.journey.EarlyPermanence;
import uk.raa.children.domain.journey.FactSource;
import uk.raa.children.domain.journey.FamilyReferences;
import uk.raa.children.domain.journey.JourneyFact;
import uk.raa.children.domain.journey.JourneyRules;
import uk.raa.children.domain.journey.JourneyViolation;
import uk.raa.children.domain.journey.MatchDecision;
import uk.raa.children.domain.journey.PeriodOfCare;
import uk.raa.children.domain.journey.Placement;
import uk.raa.children.domain.journey.PlacedForAdoption;
import uk.raa.children.domain.journey.ReversalReason;
import uk.raa.children.domain.journey.ShouldBePlacedDecision;
import uk.raa.children.domain.ssda903.Ssda903Rows.Ad1Row;
import uk.raa.children.domain.ssda903.Ssda903Rows.EpisodeRow;
import uk.raa.children.domain.ssda903.Ssda903Rows.PlacedAdoptionRow;

/**
 * Derives one child's journey from its rows and applies the cross-row rules. See docs/ssda903-import.md.
 *
 * <p>DfE/D2I rules applied here beyond {@link JourneyRules}: {@code 390} an episode ending with REC E11/E12 must be
 * an A3-A6 placement; {@code 523} AD1 DATE_INT must equal PlacedAdoption DATE_PLACED; {@code 552} PlacedAdoption
 * DATE_PLACED must be on or before the DECOM of the child's first A3-A6 episode. Rules 334, 521, 554, 408 and 331
 * come from {@link JourneyRules} on the derived journey and are reported against the row each fact came from.
 */
final class Ssda903JourneyDerivation {

    private static final Set<String> SAME_CARERS = Set.of("T", "U", "L");
    private static final String EPISODES = Ssda903Table.EPISODES.tableName();

    private final LocalDate today;

    Ssda903JourneyDerivation(LocalDate today) {
        this.today = today;
    }

    /** A run of episodes that is one placement: started by S/P/B/T/U, continued by L. */
    private static final class PlacementDraft {
        final LocalDate start;
        final String type;
        final boolean sameCarersAsPrevious;
        final long firstRow;
        final int run;
        EpisodeRow last;
        LocalDate end;

        PlacementDraft(EpisodeRow first, boolean sameCarersAsPrevious, int run) {
            this.start = first.decom();
            this.type = first.place();
            this.sameCarersAsPrevious = sameCarersAsPrevious;
            this.firstRow = first.row();
            this.run = run;
            this.last = first;
        }

        boolean adoptive() {
            return type != null && AdoptivePlacementType.fromCode(type).isPresent();
        }

        boolean earlyPermanence() {
            return "U2".equals(type) || "U5".equals(type);
        }
    }

    ImportedChild derive(String childId, ChildRows rows) {
        List<Finding> out = new ArrayList<>(rows.findings);
        Map<JourneyFact, FactOrigin> origins = new IdentityHashMap<>();
        LocalDate dob = rows.header == null ? null : rows.header.dateOfBirth();
        if (rows.header == null) {
            out.add(Finding.error(rows.firstTable, rows.firstRow, "CHILD", "child-not-in-header",
                    "CHILD has no Header row; date of birth is unknown, so rule dob was not applied"));
        }
        checkDateOfBirth(dob, rows, out);
        ChildJourney journey;
        try {
            ChildJourney.Builder builder = ChildJourney.builder();
            EpisodeFacts episodeFacts = deriveFromEpisodes(rows.episodes, builder, origins, out);
            deriveFromAdoptionTables(rows, episodeFacts, builder, origins, out);
            journey = builder.build();
        } catch (DomainRuleViolation e) {
            out.add(Finding.error(rows.firstTable, rows.firstRow, e.field(), "journey-not-built",
                    "the journey could not be built (" + e.rule() + " on " + e.field() + "); no facts were kept"));
            journey = ChildJourney.empty();
        }
        reportJourneyRules(journey, dob, origins, rows, out);
        out.sort(Comparator.comparing(Finding::table).thenComparingLong(Finding::row).thenComparing(Finding::column)
                .thenComparing(Finding::rule));
        ChildCharacteristics characteristics = rows.header == null ? new ChildCharacteristics(null, null, null)
                : new ChildCharacteristics(rows.header.dateOfBirth(), rows.header.sex(), rows.header.ethnicity());
        return new ImportedChild(childId, characteristics, journey, out);
    }

    private static void checkDateOfBirth(LocalDate dob, ChildRows rows, List<Finding> out) {
        if (dob == null) {
            return;
        }
        if (rows.ad1 != null && rows.ad1.dateOfBirth() != null && !rows.ad1.dateOfBirth().equals(dob)) {
            out.add(Finding.error(Ssda903Table.AD1.tableName(), rows.ad1.row(), "DOB", "dob-mismatch",
                    "DOB differs from the child's Header DOB"));
        }
        for (PlacedAdoptionRow placed : rows.placedAdoption) {
            if (placed.dateOfBirth() != null && !placed.dateOfBirth().equals(dob)) {
                out.add(Finding.error(Ssda903Table.PLACED_ADOPTION.tableName(), placed.row(), "DOB", "dob-mismatch",
                        "DOB differs from the child's Header DOB"));
            }
        }
    }

    /** What later steps need from the episodes. */
    private record EpisodeFacts(AdoptionOrder order, LocalDate firstAdoptiveDecom) {
    }

    private EpisodeFacts deriveFromEpisodes(List<EpisodeRow> all, ChildJourney.Builder builder,
                                            Map<JourneyFact, FactOrigin> origins, List<Finding> out) {
        List<EpisodeRow> episodes = new ArrayList<>();
        for (EpisodeRow episode : all) {
            if (episode.decom() == null) {
                out.add(Finding.error(EPISODES, episode.row(), "DECOM", "episode-not-used",
                        "the episode has no valid DECOM and is not used in the journey"));
            } else {
                episodes.add(episode);
            }
        }
        episodes.sort(Comparator.comparing(EpisodeRow::decom).thenComparingLong(EpisodeRow::row));
        for (int i = episodes.size() - 1; i > 0; i--) {
            if (episodes.get(i).decom().equals(episodes.get(i - 1).decom())) {
                out.add(Finding.error(EPISODES, episodes.get(i).row(), "DECOM", "duplicate-episode",
                        "another episode of the same child starts on the same DECOM; this one is not used"));
                episodes.remove(i);
            }
        }

        List<PlacementDraft> drafts = new ArrayList<>();
        AdoptionOrder order = null;
        LocalDate firstAdoptiveDecom = null;
        LocalDate periodStart = null;
        long periodRow = 0;
        int run = 0;
        EpisodeRow previous = null;
        for (EpisodeRow episode : episodes) {
            boolean previousEndedCare = previous != null && endsCare(previous);
            boolean newPeriod = previous == null || "S".equals(episode.rne()) || previousEndedCare;
            if (newPeriod) {
                if (periodStart != null) {
                    LocalDate end = previous.dec() != null ? previous.dec() : episode.decom();
                    if (!previousEndedCare) {
                        out.add(Finding.warning(EPISODES, episode.row(), "RNE", "s-without-care-ended",
                                "RNE is S but the previous episode did not end the period of care; it is closed here"));
                    }
                    addPeriod(builder, origins, periodStart, periodRow, end, previous.row());
                }
                if (!"S".equals(episode.rne())) {
                    String rule = previous == null ? "period-start-not-in-return" : "new-period-without-s";
                    String message = previous == null
                            ? "the child's first episode is not RNE S; the period of care began before this return, "
                              + "so its first DECOM stands in for entering care until earlier returns are merged"
                            : "care ended in the previous episode but this episode is not RNE S; a new period of care is started";
                    out.add(Finding.warning(EPISODES, episode.row(), "RNE", rule, message));
                }
                periodStart = episode.decom();
                periodRow = episode.row();
                run++;
            } else if (previous.dec() == null) {
                out.add(Finding.warning(EPISODES, previous.row(), "DEC", "open-episode-followed",
                        "DEC is blank but a later episode follows; the episode is treated as ending when the next starts"));
            } else if (!previous.dec().equals(episode.decom())) {
                out.add(Finding.warning(EPISODES, episode.row(), "DECOM", "episode-gap",
                        "DECOM is not the previous episode's DEC within one period of care"));
            }

            PlacementDraft current = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            boolean legalChangeOnly = "L".equals(episode.rne()) && !newPeriod && current != null;
            if (legalChangeOnly && episode.place() != null && current.type != null
                    && !episode.place().equals(current.type)) {
                out.add(Finding.warning(EPISODES, episode.row(), "PLACE", "place-changed-on-legal-change",
                        "RNE L records a legal status change only, but PLACE changed; read as a placement change with the same carers"));
                legalChangeOnly = false;
            }
            if (legalChangeOnly) {
                current.last = episode;
            } else {
                if (current != null && current.end == null) {
                    current.end = current.last.dec() != null ? current.last.dec() : episode.decom();
                }
                boolean sameCarers = !newPeriod && episode.rne() != null && SAME_CARERS.contains(episode.rne());
                if (!sameCarers) {
                    run++;
                }
                drafts.add(new PlacementDraft(episode, sameCarers, run));
            }

            recordLegalStatus(episode, previous, newPeriod, builder, origins);
            if (episode.place() != null && AdoptivePlacementType.fromCode(episode.place()).isPresent()
                    && firstAdoptiveDecom == null) {
                firstAdoptiveDecom = episode.decom();
            }
            Optional<AdoptionOrderType> adopted = Optional.ofNullable(episode.rec()).flatMap(AdoptionOrderType::fromCode);
            if (adopted.isPresent()) {
                if (episode.place() == null || AdoptivePlacementType.fromCode(episode.place()).isEmpty()) {
                    out.add(Finding.error(EPISODES, episode.row(), "REC", "390",
                            "REC " + episode.rec() + " (adopted) but PLACE is not A3-A6 (rule 390)"));
                }
                if (episode.dec() == null) {
                    out.add(Finding.error(EPISODES, episode.row(), "DEC", "adoption-order-without-date",
                            "REC says adopted but DEC is blank; no adoption order is recorded from this episode"));
                } else if (order != null) {
                    out.add(Finding.error(EPISODES, episode.row(), "REC", "multiple-adoption-orders",
                            "a second episode ending in adoption; only the first adoption order is kept"));
                } else {
                    order = new AdoptionOrder(episode.dec(), adopted.get(), FactSource.IMPORT);
                    origins.put(order, FactOrigin.of(Ssda903Table.EPISODES, episode.row(), "DEC"));
                }
            }
            previous = episode;
        }
        if (previous != null) {
            PlacementDraft last = drafts.get(drafts.size() - 1);
            if (last.end == null) {
                last.end = last.last.dec();
            }
            if (previous.dec() != null && "X1".equals(previous.rec())) {
                out.add(Finding.warning(EPISODES, previous.row(), "REC", "episode-missing-after-x1",
                        "REC X1 says a new episode starts on DEC, but none follows; the period of care is left open"));
            }
            addPeriod(builder, origins, periodStart, periodRow, endsCare(previous) ? previous.dec() : null,
                    previous.row());
        }
        if (order != null) {
            builder.adoptionOrder(order);
        }
        addPlacementsAndAdoptiveStays(drafts, order, builder, origins, out);
        return new EpisodeFacts(order, firstAdoptiveDecom);
    }

    /** A period of care ends with an episode that has a DEC and a REC other than X1. */
    private static boolean endsCare(EpisodeRow episode) {
        return episode.dec() != null && episode.rec() != null && !"X1".equals(episode.rec());
    }

    private static void addPeriod(ChildJourney.Builder builder, Map<JourneyFact, FactOrigin> origins,
                                  LocalDate start, long startRow, LocalDate end, long endRow) {
        PeriodOfCare period = new PeriodOfCare(start, end, FactSource.IMPORT);
        builder.periodOfCare(period);
        origins.put(period, FactOrigin.span(Ssda903Table.EPISODES, startRow, "DECOM", endRow, "DEC"));
    }

    /** The order date is the DECOM of the first episode of a stretch with LS E1 (or D1 for a freeing order). */
    private static void recordLegalStatus(EpisodeRow episode, EpisodeRow previous, boolean newPeriod,
                                          ChildJourney.Builder builder, Map<JourneyFact, FactOrigin> origins) {
        CourtAuthorityType type = "E1".equals(episode.ls()) ? CourtAuthorityType.PLACEMENT_ORDER
                : "D1".equals(episode.ls()) ? CourtAuthorityType.FREEING_ORDER : null;
        if (type == null) {
            return;
        }
        boolean continuing = !newPeriod && previous != null && episode.ls().equals(previous.ls());
        if (!continuing) {
            CourtAuthority authority = new CourtAuthority(type, episode.decom(), FactSource.IMPORT);
            builder.courtAuthority(authority);
            origins.put(authority, FactOrigin.of(Ssda903Table.EPISODES, episode.row(), "LS"));
        }
    }

    private void addPlacementsAndAdoptiveStays(List<PlacementDraft> drafts, AdoptionOrder order,
                                               ChildJourney.Builder builder, Map<JourneyFact, FactOrigin> origins,
                                               List<Finding> out) {
        for (PlacementDraft draft : drafts) {
            if (draft.type == null) {
                out.add(Finding.warning(EPISODES, draft.firstRow, "PLACE", "placement-not-used",
                        "the placement has no valid PLACE and is not recorded as a placement"));
                continue;
            }
            Placement placement = new Placement(draft.start, draft.end, draft.type, draft.sameCarersAsPrevious,
                    FactSource.IMPORT);
            builder.placement(placement);
            origins.put(placement, FactOrigin.span(Ssda903Table.EPISODES, draft.firstRow, "DECOM", draft.last.row(),
                    "DEC"));
        }
        // Adoptive stays: consecutive A3-A6 placements with the same carers; the first one's DECOM is the date
        // placed for adoption (for foster carers, the day the placement changed to an adoptive one).
        record Stay(int first, int last) {
        }
        List<Stay> stays = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (!drafts.get(i).adoptive()) {
                continue;
            }
            int last = i;
            while (last + 1 < drafts.size() && drafts.get(last + 1).adoptive()
                    && drafts.get(last + 1).run == drafts.get(i).run) {
                last++;
            }
            stays.add(new Stay(i, last));
            i = last;
        }
        int ledToOrder = -1;
        for (int s = 0; s < stays.size(); s++) {
            EpisodeRow lastEpisode = drafts.get(stays.get(s).last()).last;
            if (order != null && lastEpisode.dec() != null && lastEpisode.dec().equals(order.date())
                    && AdoptionOrderType.fromCode(lastEpisode.rec()).isPresent()) {
                ledToOrder = s;
            }
        }
        List<String> families = new ArrayList<>();
        List<LocalDate> disruptedOn = new ArrayList<>();
        for (int s = 0; s < stays.size(); s++) {
            Stay stay = stays.get(s);
            PlacementDraft lastDraft = drafts.get(stay.last());
            EpisodeRow lastEpisode = lastDraft.last;
            boolean followed = stay.last() + 1 < drafts.size();
            boolean disrupted = s != ledToOrder && (followed || endsCare(lastEpisode));
            disruptedOn.add(disrupted ? (lastEpisode.dec() != null ? lastEpisode.dec() : drafts.get(stay.last() + 1).start)
                    : null);
        }
        int adopters = ledToOrder;
        if (adopters < 0 && !stays.isEmpty() && disruptedOn.get(stays.size() - 1) == null) {
            adopters = stays.size() - 1;
        }
        for (int s = 0; s < stays.size(); s++) {
            PlacementDraft first = drafts.get(stays.get(s).first());
            String family = s == adopters ? FamilyReferences.IMPORTED_ADOPTERS
                    : FamilyReferences.importedEarlierPlacement(first.start);
            families.add(family);
            AdoptivePlacementType type = AdoptivePlacementType.fromCode(first.type).orElseThrow();
            PlacedForAdoption placed = new PlacedForAdoption(first.start, family, type, FactSource.IMPORT);
            builder.placedForAdoption(placed);
            origins.put(placed, FactOrigin.of(Ssda903Table.EPISODES, first.firstRow, "DECOM"));
            if (type.consentRoute()) {
                CourtAuthority consent = new CourtAuthority(CourtAuthorityType.CONSENT, first.start, FactSource.IMPORT);
                builder.courtAuthority(consent);
                origins.put(consent, FactOrigin.of(Ssda903Table.EPISODES, first.firstRow, "PLACE"));
            }
            if (disruptedOn.get(s) != null) {
                PlacementDraft lastDraft = drafts.get(stays.get(s).last());
                Disruption disruption = new Disruption(disruptedOn.get(s), family, FactSource.IMPORT);
                builder.disruption(disruption);
                origins.put(disruption, FactOrigin.of(Ssda903Table.EPISODES, lastDraft.last.row(), "DEC"));
            }
        }
        for (int i = 0; i < drafts.size(); i++) {
            PlacementDraft draft = drafts.get(i);
            boolean startsEarlyPermanence = draft.earlyPermanence()
                    && (i == 0 || !drafts.get(i - 1).earlyPermanence() || drafts.get(i - 1).run != draft.run);
            if (!startsEarlyPermanence) {
                continue;
            }
            String family = null;
            for (int s = 0; s < stays.size(); s++) {
                if (drafts.get(stays.get(s).first()).run == draft.run) {
                    family = families.get(s);
                }
            }
            EarlyPermanence ep = new EarlyPermanence(null, draft.start, family, FactSource.IMPORT);
            builder.earlyPermanence(ep);
            origins.put(ep, FactOrigin.of(Ssda903Table.EPISODES, draft.firstRow, "PLACE"));
        }
    }

    private void deriveFromAdoptionTables(ChildRows rows, EpisodeFacts episodeFacts, ChildJourney.Builder builder,
                                          Map<JourneyFact, FactOrigin> origins, List<Finding> out) {
        Ad1Row ad1 = rows.ad1;
        PlacedAdoptionRow placed = rows.placedAdoption.isEmpty() ? null : rows.placedAdoption.get(0);
        String ad1Table = Ssda903Table.AD1.tableName();
        String placedTable = Ssda903Table.PLACED_ADOPTION.tableName();
        if (ad1 != null) {
            if (ad1.dateInt() != null) {
                ShouldBePlacedDecision decision = new ShouldBePlacedDecision(ad1.dateInt(), FactSource.IMPORT);
                builder.shouldBePlacedDecision(decision);
                origins.put(decision, FactOrigin.of(Ssda903Table.AD1, ad1.row(), "DATE_INT"));
            }
            if (ad1.dateMatch() != null) {
                MatchDecision match = new MatchDecision(ad1.dateMatch(), FamilyReferences.IMPORTED_ADOPTERS,
                        FactSource.IMPORT);
                builder.matchDecision(match);
                origins.put(match, FactOrigin.of(Ssda903Table.AD1, ad1.row(), "DATE_MATCH"));
            }
            builder.adoptedByFosterCarers(ad1.fosterCare());
        }
        if (placed == null) {
            return;
        }
        if ((ad1 == null || ad1.dateInt() == null) && placed.datePlaced() != null) {
            ShouldBePlacedDecision decision = new ShouldBePlacedDecision(placed.datePlaced(), FactSource.IMPORT);
            builder.shouldBePlacedDecision(decision);
            origins.put(decision, FactOrigin.of(Ssda903Table.PLACED_ADOPTION, placed.row(), "DATE_PLACED"));
        }
        if (ad1 != null && ad1.dateInt() != null && placed.datePlaced() != null
                && !ad1.dateInt().equals(placed.datePlaced())) {
            out.add(Finding.error(ad1Table, ad1.row(), "DATE_INT", "523",
                    "DATE_INT must be the same as PlacedAdoption DATE_PLACED (rule 523)"));
        }
        if (placed.datePlaced() != null && episodeFacts.firstAdoptiveDecom() != null
                && placed.datePlaced().isAfter(episodeFacts.firstAdoptiveDecom())) {
            out.add(Finding.error(placedTable, placed.row(), "DATE_PLACED", "552",
                    "DATE_PLACED must be on or before the DECOM of the first A3-A6 episode (rule 552)"));
        }
        Optional<ReversalReason> reason = Optional.ofNullable(placed.reasonPlacedCeased())
                .flatMap(ReversalReason::fromCode);
        if (reason.isPresent() && placed.datePlacedCeased() != null) {
            DecisionReversed reversed = new DecisionReversed(placed.datePlacedCeased(), reason.get(), FactSource.IMPORT);
            builder.decisionReversed(reversed);
            origins.put(reversed, FactOrigin.of(Ssda903Table.PLACED_ADOPTION, placed.row(), "DATE_PLACED_CEASED"));
        }
        if (placed.reasonPlacedCeased() != null && AdoptionOrderType.fromCode(placed.reasonPlacedCeased()).isPresent()
                && episodeFacts.order() == null) {
            out.add(Finding.warning(placedTable, placed.row(), "REASON_PLACED_CEASED", "ceased-adopted-without-order",
                    "REASON_PLACED_CEASED says adopted but no episode ends in E11/E12"));
        }
    }

    private void reportJourneyRules(ChildJourney journey, LocalDate dob, Map<JourneyFact, FactOrigin> origins,
                                    ChildRows rows, List<Finding> out) {
        for (JourneyViolation violation : JourneyRules.check(journey, dob, today).violations()) {
            if (violation.rule().equals("dob-unknown")) {
                continue; // already reported as child-not-in-header or as the Header DOB's own finding
            }
            Optional<FactOrigin> origin = journey.fact(violation.field()).map(origins::get);
            boolean end = violation.field().endsWith(".end");
            String table = origin.map(FactOrigin::table).orElse(rows.firstTable);
            long row = origin.map(o -> end ? o.endRow() : o.row()).orElse(rows.firstRow);
            String column = origin.map(o -> end ? o.endColumn() : o.column()).orElse("");
            Severity severity = violation.kind() == JourneyViolation.Kind.HARD ? Severity.ERROR : Severity.WARNING;
            Finding finding = new Finding(table, row, column, violation.rule(), violation.message(), severity);
            if (violation.rule().equals("521") && table.equals(Ssda903Table.PLACED_ADOPTION.tableName())) {
                // rule 552 already says this about the same PlacedAdoption date
                out.removeIf(f -> f.rule().equals("552") && f.row() == finding.row() && f.table().equals(table));
            }
            out.add(finding);
        }
    }
}
