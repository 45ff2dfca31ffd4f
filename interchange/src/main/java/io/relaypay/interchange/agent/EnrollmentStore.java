package io.relaypay.interchange.agent;

import java.util.Optional;

/** Where enrollments are kept. */
public interface EnrollmentStore {

    /** Stores a new enrollment. */
    void insert(Enrollment enrollment);

    /** An enrollment by id, locked for update until the transaction ends. */
    Optional<Enrollment> lock(String id);

    /** Stores the enrollment's new attempts, status and device. */
    void update(Enrollment enrollment);
}
