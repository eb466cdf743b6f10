package uk.raa.children.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * adopters-service's indicator endpoint (agency staff only). Read as a tree so that fields adopters-service adds
 * later do not break the scorecard (the shared Jackson settings reject unknown properties).
 */
@Path("/api/adopters")
public interface AdoptersApi {

    @GET
    @Path("/indicators")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode indicators(@QueryParam("asAt") String asAt, @QueryParam("firstYear") Integer firstYear,
                        @HeaderParam("Authorization") String authorization);
}
