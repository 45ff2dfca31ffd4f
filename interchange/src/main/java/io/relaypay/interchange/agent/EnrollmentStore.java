package io.relaypay.interchange.agent;

import java.time.Instant;
import java.util.Optional;

/** Where enrollments are kept. */
public interface EnrollmentStore {

    /** Stores a new enrollment. */
    void insert(Enrollment enrollment);

    /** An enrollment by id, locked for update until the transaction ends. */
    Optional<Enrollment> lock(String id);

    /** How many enrollments {@code phoneNumber} started after {@code since}. */
    int countSince(String phoneNumber, Instant since);

    /** Stores the enrollment's new attempts, status and device. */
    void update(Enrollment enrollment);
}
