package org.helpdesk.report;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A manager's report schedule as the form gives it: what (the SLA report by grouping, queues and types,
 * or a saved statistic), when (frequency, day, time, zone) and for whom (agents, further addresses; the
 * language of the addresses' mail).
 */
public record ScheduleForm(Long id, long version,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
        Long statisticId, Grouping grouping, List<Long> queueIds, List<Long> typeIds,
        @NotNull(message = "{validation.required}") Frequency frequency, DayOfWeek dayOfWeek, Integer dayOfMonth,
        @NotNull(message = "{validation.required}") LocalTime time, @NotBlank(message = "{validation.required}") String timeZone,
        List<Long> agentIds, @Size(max = 2000, message = "{validation.tooLong}") String addresses,
        @NotBlank(message = "{validation.required}") String language, boolean valid) implements Serializable {
}
