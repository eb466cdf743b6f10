package uk.raa.common.events;

/** A message that cannot be read as an event: it goes to the dead-letter queue with this reason. */
public class MalformedEvent extends RuntimeException {

    public MalformedEvent(String reason) {
        super(reason, null, false, false);
    }
}
