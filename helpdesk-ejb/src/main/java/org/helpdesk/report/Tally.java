package org.helpdesk.report;

/** The figures of one group while the summary adds them up. */
final class Tally {

    int created;
    int closed;
    int reopened;
    int backlog;
    int firstResponseMet;
    int firstResponseBreached;
    int updateMet;
    int updateBreached;
    int solutionMet;
    int solutionBreached;
    int escalations;
    int movedUp;
    Durations firstResponseTimes = Durations.NONE;
    Durations solutionTimes = Durations.NONE;

    /** Adds {@code count} facts of {@code kind}, of which {@code met} met and {@code breached} missed their target. */
    void add(String kind, int count, int met, int breached, int moved) {
        switch (kind) {
            case "OPENED" -> created += count;
            case "FIRST_RESPONSE" -> {
                firstResponseMet += met;
                firstResponseBreached += breached;
            }
            case "UPDATE" -> {
                updateMet += met;
                updateBreached += breached;
            }
            case "CLOSED" -> {
                closed += count;
                solutionMet += met;
                solutionBreached += breached;
            }
            case "REOPENED" -> reopened += count;
            case "ESCALATED" -> escalations += count;
            case "MOVED" -> movedUp += moved;
            case Fact.BACKLOG -> backlog += count;
            default -> throw new IllegalArgumentException(kind);
        }
    }
}
