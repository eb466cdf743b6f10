package uk.raa.children.service.scorecard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.raa.children.domain.journey.DomainRuleViolation;
import uk.raa.children.domain.journey.FactSource;
import uk.raa.children.domain.journey.JourneyFact;
import uk.raa.children.domain.journey.MilestoneType;
import uk.raa.children.domain.journey.MilestoneValues;
import uk.raa.children.repository.scorecard.ScorecardStore;

/**
 * Rebuilds journeys as they stood at a time from the append-only journey history, so that an export re-run "as at"
 * an earlier time gives the same figures whatever was corrected since. Runs inside the caller's scoped transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JourneySnapshots {

    private final ScorecardStore store;
    private final ObjectMapper json;

    public JourneySnapshots(ScorecardStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    public List<ChildAtTime> asAt(Collection<String> authorities, Instant asAt) {
        return asAt(authorities, asAt, false);
    }

    /**
     * @param latest {@code asAt} is the time of the request (no earlier time was asked for): the current facts are
     *               read directly when none has changed since, which gives the same journeys as the history
     */
    public List<ChildAtTime> asAt(Collection<String> authorities, Instant asAt, boolean latest) {
        List<ScorecardStore.ChildRow> children = store.childrenAsAt(authorities, asAt);
        Map<UUID, List<JourneyFact>> facts = new HashMap<>();
        Map<UUID, Integer> unreadable = new HashMap<>();
        Optional<List<ScorecardStore.CurrentFactRow>> current = latest
                ? store.currentFactsIfUnchangedSince(authorities, asAt) : Optional.empty();
        if (current.isPresent()) {
            for (ScorecardStore.CurrentFactRow row : current.get()) {
                try {
                    facts.computeIfAbsent(row.childId(), id -> new ArrayList<>()).add(new MilestoneValues(
                            MilestoneType.valueOf(row.type()), row.date(), row.end(), row.code(),
                            row.familyReference(), row.sameCarersAsPrevious(), FactSource.valueOf(row.source()))
                            .toFact());
                } catch (DomainRuleViolation | IllegalArgumentException | NullPointerException e) {
                    unreadable.merge(row.childId(), 1, Integer::sum);
                }
            }
        } else {
            for (ScorecardStore.FactRow row : store.factsAsAt(authorities, asAt)) {
                try {
                    facts.computeIfAbsent(row.childId(), id -> new ArrayList<>()).add(values(row.valuesJson())
                            .toFact());
                } catch (DomainRuleViolation | IllegalArgumentException | NullPointerException e) {
                    unreadable.merge(row.childId(), 1, Integer::sum);
                }
            }
        }
        List<ChildAtTime> out = new ArrayList<>(children.size());
        for (ScorecardStore.ChildRow c : children) {
            out.add(new ChildAtTime(c.id(), c.authority(), c.reference(), c.dateOfBirth(), c.sex(), c.ethnicity(),
                    c.disability(), c.siblingGroupId(),
                    MilestoneValues.journey(facts.getOrDefault(c.id(), List.of()), c.adoptedByFosterCarers()),
                    unreadable.getOrDefault(c.id(), 0)));
        }
        return out;
    }

    /** The history stores MilestoneValues as JSON; read it field by field so that added fields do not break it. */
    private MilestoneValues values(String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("journey history entry is not JSON", e);
        }
        return new MilestoneValues(MilestoneType.valueOf(node.path("type").asText()), date(node.get("date")),
                date(node.get("end")), text(node.get("code")), text(node.get("familyReference")),
                node.path("sameCarersAsPrevious").asBoolean(false), FactSource.valueOf(node.path("source").asText()));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static LocalDate date(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return LocalDate.of(node.get(0).asInt(), node.get(1).asInt(), node.get(2).asInt());
        }
        return LocalDate.parse(node.asText());
    }
}
