package uk.raa.matching.rest;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.raa.common.problem.ProblemMappers;
import uk.raa.matching.domain.rules.DomainRuleViolation;
import uk.raa.matching.service.DomainProblems;

/** A broken domain rule that reaches HTTP (e.g. a value type built from a request) is a 4xx problem, never a 500. */
public class DomainRuleMapper {

    @ServerExceptionMapper
    public Response brokenRule(DomainRuleViolation e) {
        return ProblemMappers.respond(DomainProblems.of(e));
    }
}
