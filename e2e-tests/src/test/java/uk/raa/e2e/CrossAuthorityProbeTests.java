package uk.raa.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cross-authority probe, driven by the services' OpenAPI documents as the gateway serves them.
 * <ol>
 * <li>The gateway's routes and the documented paths must agree: every documented path sits under a route that
 * goes to the service documenting it, and every route has documented operations. An undocumented route fails.</li>
 * <li>Records of the first authority (Coventry) are made through the API where it lets a case system make one (the
 * table {@link #creators}). Then every operation that takes a record's identifier in its path, query or JSON body is
 * called twice with the second authority's (Solihull's) case-system token: once with Coventry's identifiers and once
 * with identifiers that exist nowhere. Status, body and headers must be the same ({@link Sameness}). Every other
 * operation is called once as Solihull (lists and searches with only their required parameters, so as wide as
 * they go), and no answer Solihull gets may hold anything of Coventry's: ids, references or the given names the
 * probe gave Coventry's children, beyond what Solihull itself sent.</li>
 * </ol>
 * A summary table of every operation and what it answered is printed.
 */
class CrossAuthorityProbeTests {

    static final String FIRST = "coventry";
    static final String SECOND = "solihull";
    /** Letters only (the given-name rule); appears nowhere but in Coventry's children. */
    static final String MARKER = "Zz" + E2e.RUN.replaceAll("[^A-Z]", "").toLowerCase(Locale.ROOT) + "covmark";

    static Map<String, OpenApi.Document> documents = new TreeMap<>();
    static GatewayRoutes routes;
    /** Coventry's records by kind (child, milestone, ...): the value to put where an identifier of that kind goes. */
    static Map<String, String> firstAuthority = new LinkedHashMap<>();
    /** Everything of Coventry's that Solihull must never be shown. */
    static Set<String> secrets = new LinkedHashSet<>();

    @BeforeAll
    static void readDocumentsAndRoutes() {
        routes = GatewayRoutes.configured();
        for (String service : upstreams()) {
            Exchange answer = Exchange.send("GET", "/openapi/" + service,
                    io.restassured.RestAssured.given().baseUri(E2e.GATEWAY).accept("application/json"));
            assertEquals(200, answer.status(), answer::toString);
            documents.put(service, new OpenApi.Document(service, answer.json()));
        }
    }

    /** The services behind the routes: a route whose url is another route's (${...routes.X.url}) goes to X. */
    static Set<String> upstreams() {
        return routes.prefixByRoute().keySet().stream().map(CrossAuthorityProbeTests::upstreamOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String upstreamOf(String route) {
        String url = routes.urlOf(route);
        var matcher = java.util.regex.Pattern.compile("\\$\\{raa\\.gateway\\.routes\\.([a-z0-9-]+)\\.url}")
                .matcher(url == null ? "" : url);
        return matcher.matches() ? matcher.group(1) : route;
    }

    @Test
    void everyGatewayRouteIsDocumentedAndEveryDocumentedPathIsRouted() {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> operationsPerRoute = new TreeMap<>();
        routes.prefixByRoute().keySet().forEach(route -> operationsPerRoute.put(route, 0));
        String discovery = E2e.KEYCLOAK + "/realms/" + E2e.REALM + "/.well-known/openid-configuration";
        documents.forEach((service, document) -> {
            // "Authorize" in the Swagger UI goes where the document's OpenID Connect scheme says: this realm.
            List<String> schemes = new ArrayList<>();
            document.root().path("components").path("securitySchemes").forEach(scheme -> {
                if ("openIdConnect".equals(scheme.path("type").asText())) {
                    schemes.add(scheme.path("openIdConnectUrl").asText());
                }
            });
            if (!schemes.equals(List.of(discovery))) {
                problems.add(service + "'s document sends \"Authorize\" to " + schemes + ", not " + discovery);
            }
            List<OpenApi.Operation> operations = document.operations();
            if (operations.isEmpty()) {
                problems.add(service + " documents no operation");
            }
            for (OpenApi.Operation operation : operations) {
                var route = routes.routeOf(operation.path());
                if (route.isEmpty()) {
                    problems.add(service + " documents " + operation.label() + ", which no gateway route serves");
                } else if (!upstreamOf(route.get()).equals(service)) {
                    problems.add(service + " documents " + operation.label() + ", but the gateway sends it to "
                            + upstreamOf(route.get()));
                } else {
                    operationsPerRoute.merge(route.get(), 1, Integer::sum);
                }
            }
        });
        operationsPerRoute.forEach((route, count) -> {
            if (count == 0) {
                problems.add("gateway route " + route + " (" + routes.prefixByRoute().get(route)
                        + ") has no documented operation");
            }
        });
        System.out.println("\nGateway routes and documented operations:");
        operationsPerRoute.forEach((route, count) -> System.out.printf("  %-18s %-24s -> %-9s %3d operations%n",
                route, routes.prefixByRoute().get(route), upstreamOf(route), count));
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Coventry's records: the one hand-written table. Kind -> how a case system makes one; kinds missing here are
    // records a case system cannot make through the API (households, matches, Deeds of Variation...).
    // ---------------------------------------------------------------------------------------------------------

    static final Map<String, Function<String, String>> creators = new LinkedHashMap<>();

    static {
        creators.put("child", token -> {
            Exchange created = TenancyStoryTests.register(token, E2e.reference("PROBE-1"), MARKER);
            assertEquals(201, created.status(), created::toString);
            firstAuthority.put("child-reference", created.json().path("childReference").asText());
            return created.json().path("id").asText();
        });
        creators.put("milestone", token -> created(token, "POST", "/api/children/" + firstAuthority.get("child")
                + "/milestones", "{\"type\":\"ENTERED_CARE\",\"date\":\"2021-01-04\"}", "/milestone/id"));
        creators.put("placement", token -> created(token, "POST", "/api/children/" + firstAuthority.get("child")
                + "/placements", "{\"start\":\"2021-01-04\",\"placementType\":\"U3\",\"sameCarersAsPrevious\":false}",
                "/milestone/id"));
        creators.put("sibling-group", token -> {
            Exchange sibling = TenancyStoryTests.register(token, E2e.reference("PROBE-2"), MARKER);
            assertEquals(201, sibling.status(), sibling::toString);
            remember("child#2", sibling.json().path("id").asText());
            remember("child-reference#2", sibling.json().path("childReference").asText());
            return created(token, "POST", "/api/children/sibling-groups", "{\"plan\":\"TOGETHER\",\"childIds\":[\""
                    + firstAuthority.get("child") + "\",\"" + sibling.json().path("id").asText() + "\"]}", "/id");
        });
        creators.put("import", token -> {
            String child = E2e.reference("IMP").replace("E2E-", "");
            secrets.add(child);
            Exchange job = Exchange.send("POST /api/children/imports", () -> E2e.as(token)
                    .multiPart("collectionYear", "2019/20")
                    .multiPart("header", "header.csv",
                            ("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n" + child + ",2,27/03/2018,WBRI,,,\n")
                                    .getBytes(StandardCharsets.UTF_8), "text/csv")
                    .when().post("/api/children/imports").thenReturn());
            assertEquals(202, job.status(), job::toString);
            assertTrue(!job.json().path("id").asText().isBlank(), job::toString);
            return job.json().path("id").asText();
        });
    }

    /** Makes a record as Coventry; returns its id, found at {@code idPointer} in the answer. */
    static String created(String token, String method, String path, String body, String idPointer) {
        Exchange answer = Exchange.send(method, path, E2e.as(token).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body));
        assertTrue(answer.status() == 201 || answer.status() == 200, answer::toString);
        String id = answer.json().at(idPointer).asText();
        assertTrue(!id.isBlank(), () -> "no id at " + idPointer + " in " + answer);
        return id;
    }

    static void makeFirstAuthorityRecords() {
        if (!firstAuthority.isEmpty()) {
            return;
        }
        String token = E2e.caseSystem(FIRST);
        firstAuthority.put("authority", FIRST);
        creators.forEach((kind, creator) -> firstAuthority.put(kind, creator.apply(token)));
        firstAuthority.forEach((kind, value) -> {
            if (!kind.equals("authority")) {
                secrets.add(value);
            }
        });
        secrets.add(MARKER);
    }

    static void remember(String kind, String value) {
        firstAuthority.put(kind, value);
        secrets.add(value);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Where an operation takes an identifier: path, query or body (top-level property), its name and kind. */
    record Identifier(String in, String name, String kind, boolean list) {
    }

    record Row(String operation, String identifiers, String record, String foreign, String missing, String verdict) {
    }

    @Test
    void solihullLearnsNothingAboutCoventrysRecords() {
        makeFirstAuthorityRecords();
        // Solihull as its case system (client credentials) and as a member of its staff (council-staff may read
        // more: statements, Deeds of Variation).
        Map<String, String> principals = new LinkedHashMap<>();
        principals.put("case-system", E2e.caseSystem(SECOND));
        principals.put("staff", E2e.user(SECOND + ".staff"));
        List<Row> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        principals.forEach((who, solihull) -> documents.forEach((service, document) -> {
            for (OpenApi.Operation operation : document.operations()) {
                List<Identifier> identifiers = identifiers(operation);
                String label = who + " " + operation.label();
                if (operation.takesBodyOf("multipart/") && operation.jsonBody() == null && identifiers.isEmpty()) {
                    rows.add(new Row(label, "-", "-", "-", "-",
                            "not called: an upload naming no record (Coventry's import job is probed via /imports/{id})"));
                    continue;
                }
                try {
                    Row row = identifiers.isEmpty() ? callOnce(operation, solihull, failures)
                            : callTwice(operation, identifiers, solihull, failures);
                    rows.add(new Row(label, row.identifiers(), row.record(), row.foreign(), row.missing(),
                            row.verdict()));
                } catch (AssertionError | RuntimeException e) {
                    failures.add(label + ": " + e.getMessage());
                    rows.add(new Row(label, "?", "?", "?", "?", "ERROR " + e.getMessage()));
                }
            }
        }));
        printSummary(rows);
        if (!failures.isEmpty()) {
            fail(failures.size() + " cross-authority findings:\n  " + String.join("\n  ", failures));
        }
        // The probe must have probed: the child's own operations at least were called with a real Coventry id.
        assertTrue(rows.stream().anyMatch(row -> row.operation().endsWith(" GET /api/children/{id}")
                && row.record().contains("child") && row.verdict().startsWith("same")), "GET /api/children/{id} unprobed");
    }

    static List<Identifier> identifiers(OpenApi.Operation operation) {
        List<Identifier> identifiers = new ArrayList<>();
        String[] segments = operation.path().split("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                String previous = i > 0 ? segments[i - 1] : "";
                OpenApi.Parameter parameter = operation.in("path").stream().filter(p -> p.name().equals(name))
                        .findFirst().orElseThrow(() -> new AssertionError(operation.label() + " does not document "
                                + "its path parameter " + name));
                String kind = kindOf(name, previous, parameter.isUuid());
                if (kind != null) {
                    identifiers.add(new Identifier("path", name, kind, false));
                }
            }
        }
        for (OpenApi.Parameter parameter : operation.in("query")) {
            String kind = kindOf(parameter.name(), null, parameter.isUuid());
            if (kind != null) {
                identifiers.add(new Identifier("query", parameter.name(), kind, parameter.isList()));
            }
        }
        JsonNode body = operation.jsonBody();
        if (body != null) {
            JsonNode schema = operation.document().resolve(body);
            schema.path("properties").fields().forEachRemaining(property -> {
                JsonNode value = operation.document().resolve(property.getValue());
                boolean list = "array".equals(value.path("type").asText());
                boolean uuid = "uuid".equals(value.path("format").asText())
                        || "uuid".equals(operation.document().resolve(value.path("items")).path("format").asText());
                String kind = kindOf(property.getKey(), null, uuid);
                if (kind != null) {
                    identifiers.add(new Identifier("body", property.getKey(), kind, list));
                }
            });
        }
        return identifiers;
    }

    /**
     * The kind of record an identifier names, or null when the input names no record (a year, a cohort...).
     * {@code {id}} after /children is a child, {@code milestoneId} a milestone, {@code childIds} children,
     * {@code childReference} a child's reference, {@code authority} (or a {@code joiner}) an authority.
     */
    static String kindOf(String name, String previousSegment, boolean uuid) {
        if (name.equals("authority") || name.equals("joiner")) {
            return "authority";
        }
        if (name.endsWith("Reference")) {
            return kebab(name.substring(0, name.length() - "Reference".length())) + "-reference";
        }
        if (name.equals("id") || name.equals("ids")) {
            return previousSegment == null ? "record" : singular(previousSegment);
        }
        if (OpenApi.namesAnId(name)) {
            return singular(kebab(name.replaceAll("Ids?$", "")));
        }
        return uuid ? "record" : null;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    static String singular(String plural) {
        if (plural.equals("children")) {
            return "child";
        }
        if (plural.endsWith("ches") || plural.endsWith("shes")) {
            return plural.substring(0, plural.length() - 2);
        }
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    /** Coventry's values of a kind: the record, then any second one (lists such as childIds take both). */
    static List<String> firstAuthorityValues(String kind) {
        List<String> values = new ArrayList<>();
        for (String key : List.of(kind, kind + "#2")) {
            if (firstAuthority.containsKey(key)) {
                values.add(firstAuthority.get(key));
            }
        }
        return values;
    }

    static final Map<String, String> twins = new LinkedHashMap<>();

    /**
     * The nonexistent twin of Coventry's n-th value of a kind: one fixed value per kind for the whole probe, so that
     * it goes through the same calls in the same order as Coventry's value (if an earlier operation let Solihull make
     * its own record under Coventry's reference, it made one under the twin too).
     */
    static String twin(String kind, int n) {
        return twins.computeIfAbsent(kind + "#" + n, key -> switch (kind) {
            case "authority" -> "nowhere";
            default -> kind.endsWith("-reference") ? E2e.reference("NONE-" + n) : UUID.randomUUID().toString();
        });
    }

    /** Operations that name no record: called once as Solihull; nothing of Coventry's may come back. */
    static Row callOnce(OpenApi.Operation operation, String token, List<String> failures) {
        Request request = Request.of(operation, Map.of());
        Exchange answer = request.send(token);
        List<String> leaked = leaked(answer, Set.of());
        String verdict = leaked.isEmpty() ? "nothing of " + FIRST + "'s" : "LEAK " + leaked;
        if (!leaked.isEmpty()) {
            failures.add(operation.label() + " shows " + SECOND + " " + FIRST + "'s " + leaked + ": " + answer);
        }
        if (answer.status() >= 500) {
            failures.add(operation.label() + " answered " + answer.status() + ": " + answer);
            verdict = "SERVER ERROR";
        }
        return new Row(operation.label(), "-", "-", String.valueOf(answer.status()), "-", verdict);
    }

    /** Operations that name records: Coventry's identifiers against identifiers that exist nowhere. */
    static Row callTwice(OpenApi.Operation operation, List<Identifier> identifiers, String token,
            List<String> failures) {
        Map<Identifier, List<String>> foreignValues = new LinkedHashMap<>();
        Map<Identifier, List<String>> missingValues = new LinkedHashMap<>();
        List<String> used = new ArrayList<>();
        for (Identifier identifier : identifiers) {
            List<String> coventrys = firstAuthorityValues(identifier.kind());
            used.add(identifier.kind() + (coventrys.isEmpty() ? " (none)" : ""));
            int count = identifier.list() ? Math.max(1, coventrys.size()) : 1;
            List<String> nowhere = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                nowhere.add(twin(identifier.kind(), i));
            }
            // Without a record of Coventry's of that kind, both calls name nothing: still called, and must agree.
            foreignValues.put(identifier, coventrys.isEmpty() ? nowhere : coventrys.subList(0, count));
            missingValues.put(identifier, nowhere);
        }
        Request foreignRequest = Request.of(operation, foreignValues);
        Request missingRequest = Request.of(operation, missingValues, foreignRequest);
        Exchange foreign = foreignRequest.send(token);
        Exchange missing = missingRequest.send(token);
        Map<String, String> foreignInput = new LinkedHashMap<>();
        Map<String, String> missingInput = new LinkedHashMap<>();
        foreignValues.forEach((identifier, values) -> {
            for (int i = 0; i < values.size(); i++) {
                foreignInput.put(identifier.in() + ":" + identifier.name() + i, values.get(i));
            }
        });
        missingValues.forEach((identifier, values) -> {
            for (int i = 0; i < values.size(); i++) {
                missingInput.put(identifier.in() + ":" + identifier.name() + i, values.get(i));
            }
        });

        List<String> findings = new ArrayList<>();
        if (foreign.status() >= 200 && foreign.status() < 300 && missing.status() == foreign.status()) {
            // Both succeeded (an upsert by reference makes Solihull's own record either way): new records differ,
            // so compare what can be compared, and that nothing of Coventry's beyond Solihull's own input shows.
            if (!foreign.headers().keySet().equals(missing.headers().keySet())) {
                findings.add("header names " + foreign.headers().keySet() + " vs " + missing.headers().keySet());
            }
        } else {
            findings.addAll(Sameness.differences(foreign, missing, foreignInput, missingInput));
        }
        List<String> leaked = leaked(foreign, new LinkedHashSet<>(foreignInput.values()));
        if (!leaked.isEmpty()) {
            findings.add("shows " + leaked);
        }
        if (foreign.status() >= 500 || missing.status() >= 500) {
            findings.add("server error");
        }
        String record = String.join(",", used);
        String verdict = findings.isEmpty() ? "same" : "DIFFERENT " + findings;
        if (!findings.isEmpty()) {
            failures.add(operation.label() + " with " + record + ": " + findings + "\n    foreign: " + foreign
                    + "\n    missing: " + missing);
        }
        return new Row(operation.label(), identifiers.stream().map(i -> i.in() + ":" + i.name())
                .collect(Collectors.joining(",")), record, String.valueOf(foreign.status()),
                String.valueOf(missing.status()), verdict);
    }

    /** Coventry's secrets in an answer, beyond the values the caller sent itself. */
    static List<String> leaked(Exchange answer, Set<String> sent) {
        String everything = answer.body() + " " + answer.headers();
        return secrets.stream().filter(secret -> !secret.isBlank() && !sent.contains(secret)
                && everything.contains(secret)).toList();
    }

    /** One concrete request for an operation: path, query, headers and body, with identifiers filled in. */
    record Request(OpenApi.Operation operation, String path, Map<String, List<String>> query,
            Map<String, String> headers, String body) {

        static Request of(OpenApi.Operation operation, Map<Identifier, List<String>> values) {
            return of(operation, values, null);
        }

        /** Built like {@code twin} (same body sample, same other values) when given, so only identifiers differ. */
        static Request of(OpenApi.Operation operation, Map<Identifier, List<String>> values, Request twin) {
            OpenApi.Document document = operation.document();
            String path = operation.path();
            for (OpenApi.Parameter parameter : operation.in("path")) {
                List<String> given = valueFor(values, "path", parameter.name());
                String value = given != null ? given.get(0) : plain(document, parameter);
                path = path.replace("{" + parameter.name() + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
            Map<String, List<String>> query = new LinkedHashMap<>();
            for (OpenApi.Parameter parameter : operation.in("query")) {
                List<String> value = valueFor(values, "query", parameter.name());
                if (value != null) {
                    query.put(parameter.name(), value);
                } else if (parameter.required()) {
                    query.put(parameter.name(), twin != null ? twin.query().get(parameter.name())
                            : List.of(plain(document, parameter)));
                }
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (OpenApi.Parameter parameter : operation.in("header")) {
                if (parameter.name().equalsIgnoreCase("Idempotency-Key")) {
                    headers.put(parameter.name(), UUID.randomUUID().toString());
                } else if (parameter.example() != null || parameter.required()) {
                    headers.put(parameter.name(), plain(document, parameter));
                }
            }
            String body = null;
            JsonNode bodySchema = operation.jsonBody();
            if (bodySchema != null) {
                JsonNode sample = twin != null && twin.body() != null ? readTree(twin.body())
                        : document.sample(bodySchema, 0);
                if (sample.isObject()) {
                    ObjectNode object = (ObjectNode) sample;
                    List<String> names = new ArrayList<>();
                    object.fieldNames().forEachRemaining(names::add);
                    for (String name : names) {
                        List<String> value = valueFor(values, "body", name);
                        if (value != null) {
                            if (object.get(name) != null && object.get(name).isArray()) {
                                ArrayNode array = object.putArray(name);
                                value.forEach(array::add);
                            } else {
                                object.put(name, value.get(0));
                            }
                        } else if (twin == null && name.endsWith("Reference") && object.get(name).isTextual()) {
                            object.put(name, E2e.reference("B" + Math.abs(name.hashCode() % 1000)));
                        }
                    }
                }
                body = sample.toString();
            }
            return new Request(operation, path, query, headers, body);
        }

        Exchange send(String token) {
            RequestSpecification spec = E2e.as(token);
            List<String> accept = new ArrayList<>(operation.answers());
            if (accept.isEmpty()) {
                accept.add("application/json");
            }
            accept.add("application/problem+json");
            spec = spec.accept(String.join(", ", new LinkedHashSet<>(accept)));
            for (var entry : query.entrySet()) {
                spec = spec.queryParam(entry.getKey(), entry.getValue());
            }
            spec = spec.headers(headers);
            if (body != null) {
                spec = spec.contentType("application/json").body(body);
            }
            String label = operation.method() + " " + path + (query.isEmpty() ? "" : "?" + query);
            RequestSpecification ready = spec;
            return Exchange.send(label, () -> ready.when().request(operation.method(), path).thenReturn());
        }

        private static List<String> valueFor(Map<Identifier, List<String>> values, String in, String name) {
            return values.entrySet().stream()
                    .filter(entry -> entry.getKey().in().equals(in) && entry.getKey().name().equals(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }

        private static String plain(OpenApi.Document document, OpenApi.Parameter parameter) {
            JsonNode value = parameter.example() != null ? parameter.example() : document.sample(parameter.schema(), 0);
            if (value.isNull()) {
                value = document.sample(parameter.schema(), 0);
            }
            if (value.isArray() && value.size() > 0) {
                value = value.get(0);
            }
            return value.isTextual() ? value.asText() : value.toString();
        }

        private static JsonNode readTree(String json) {
            try {
                return Exchange.JSON.readTree(json);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static void printSummary(List<Row> rows) {
        System.out.println("\nCross-authority probe: " + SECOND + "'s case system and staff against " + FIRST + "'s records "
                + firstAuthority.keySet() + " (foreign = " + FIRST + "'s id, missing = an id that exists nowhere)");
        String format = "%-74s %-34s %-26s %-7s %-7s %s%n";
        System.out.printf(format, "operation", "identifiers", "first-authority record", "foreign", "missing",
                "verdict");
        for (Row row : rows) {
            System.out.printf(format, row.operation(), row.identifiers(), row.record(), row.foreign(), row.missing(),
                    row.verdict());
        }
        long probed = rows.stream().filter(row -> !row.identifiers().equals("-")).count();
        System.out.println(rows.size() + " operations, " + probed + " called with identifiers, "
                + rows.stream().filter(row -> !row.verdict().startsWith("same") && !row.verdict().startsWith("nothing")
                && !row.verdict().startsWith("not called")).count() + " findings\n");
    }
}
