package org.launchledger.contribute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One failed sign-in: a keyed digest of the name tried and when (UTC instant). Written and read only by
 * {@link LoginThrottle}; the schema is Flyway's (V12__sign_in_failures.sql).
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** HMAC-SHA256 of the trimmed, lower-case name tried, in 64 lower-case hex digits ({@link LoginThrottle#digest}). */
    public String nameHash;

    public Instant failedAt;
}
