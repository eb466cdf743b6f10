package uk.raa.common.events;

/**
 * Thrown by a handler for a valid event that breaks the consumer's own rules (an unknown child, a date the journey
 * rules reject). The handler's changes are rolled back; the event is parked with the reason, counted, listed for
 * operators, and the aggregate's later events carry on. The reason must name the rule, never personal data.
 */
public class ParkEvent extends RuntimeException {

    public ParkEvent(String reason) {
        super(reason, null, false, false);
    }
}
