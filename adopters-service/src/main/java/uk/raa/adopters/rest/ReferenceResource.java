package uk.raa.adopters.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.raa.adopters.domain.calendar.BankHolidays;

/** Reference data the process uses. */
@Path("/reference")
@Tag(name = "Reference data", description = "Bank holidays used for working-day timescales")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReferenceResource {

    private final BankHolidays bankHolidays;

    public ReferenceResource(BankHolidays bankHolidays) {
        this.bankHolidays = bankHolidays;
    }

    /** Bank holidays by calendar year. */
    @Schema(name = "BankHolidays")
    public record BankHolidaysResponse(
            @Schema(description = "England and Wales bank holidays by year; a year not listed is not covered and "
                    + "working-day timescales in it cannot be computed",
                    example = "{\"2024\":[\"2024-01-01\",\"2024-03-29\"]}") Map<Integer, List<LocalDate>> byYear) {
    }

    @GET
    @Path("bank-holidays")
    @Operation(summary = "Bank holidays", description = "The England and Wales bank holidays the working-day "
            + "timescale (registration decision within 5 working days) uses.")
    public BankHolidaysResponse bankHolidays() {
        Map<Integer, List<LocalDate>> byYear = new TreeMap<>();
        for (Integer year : bankHolidays.years()) {
            byYear.put(year, List.copyOf(bankHolidays.inYear(year)));
        }
        return new BankHolidaysResponse(byYear);
    }
}
