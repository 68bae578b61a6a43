package org.parceldesk.designer;

import java.time.Instant;
import java.util.List;

/**
 * The progress of a migration batch. A running batch reports job counts; a finished one is read
 * from history ({@code finished=true}, with its end time).
 *
 * @param failures messages of batch jobs that failed (the instances stay on their version)
 */
public record BatchView(String id, String type, int totalJobs, int remainingJobs, int completedJobs,
        int failedJobs, boolean suspended, boolean finished, Instant startTime, Instant endTime,
        List<String> failures) {
}
