package org.helpdesk.sla;

/**
 * The escalation targets of an SLA in business minutes (OTRS's escalation times); null means no such target.
 *
 * @param firstResponseMinutes until the first customer-visible answer of an agent, counted from the ticket's creation
 * @param updateMinutes        until an agent answers the customer's latest contact
 * @param solutionMinutes      until the ticket is closed, counted from its creation
 * @param warnPercent          warn when this share of a target has passed (OTRS's "notify by"), 1–100; 0 for no warning
 */
public record SlaTargets(Integer firstResponseMinutes, Integer updateMinutes, Integer solutionMinutes, int warnPercent) {

    public SlaTargets {
        requirePositive("firstResponseMinutes", firstResponseMinutes);
        requirePositive("updateMinutes", updateMinutes);
        requirePositive("solutionMinutes", solutionMinutes);
        if (warnPercent < 0 || warnPercent > 100) {
            throw new IllegalArgumentException("warnPercent must be 0 to 100: " + warnPercent);
        }
    }

    private static void requirePositive(String name, Integer minutes) {
        if (minutes != null && minutes <= 0) {
            throw new IllegalArgumentException(name + " must be positive or absent: " + minutes);
        }
    }
}
