package org.launchledger.contribute;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.NaturalId;

/**
 * An account: a name, a bcrypt hash of its password and one role ({@link Role}). Quarkus Security
 * JPA reads it to sign people in; the schema is Flyway's (V4__users.sql).
 */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /**
     * The name one signs in with, unique (V4), never changed. A natural id: looked up by it, Hibernate loads the row
     * with a statement made when it starts, rather than parsing a query (the admin check at start then
     * no longer waits for Hibernate's query parser, which the history's first reading loads beside it).
     */
    @NaturalId
    @Username
    public String username;

    /** The bcrypt hash, as {@link BcryptUtil#bcryptHash} writes it. */
    @Password
    public String password;

    /** One of {@link Role#NAMES}. */
    @Roles
    public String role;

    public Instant createdAt;

    /**
     * A new account with its password hashed; not yet persisted.
     *
     * @param role one of {@link Role#NAMES}
     */
    public static User create(String username, String plainPassword, String role, Instant now) {
        User user = new User();
        user.username = username;
        user.password = BcryptUtil.bcryptHash(plainPassword);
        user.role = role;
        user.createdAt = now;
        return user;
    }

    /** The day the account was created, ISO 8601 in UTC ("2026-12-01"). */
    public String createdOn() {
        return createdAt.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }

    /** The account with this exact name. */
    public static Optional<User> findByName(String username) {
        return getSession().bySimpleNaturalId(User.class).loadOptional(username);
    }

    /**
     * Whether an account already has this name, or it is {@link RevisionAuthor#SYSTEM}, which the change history
     * gives the app's own changes: an account of that name would pass its edits off as the app's.
     */
    public static boolean nameTaken(String username) {
        return RevisionAuthor.SYSTEM.equals(username) || findByName(username).isPresent();
    }

    /** Every account, by name. */
    public static List<User> listByName() {
        return list("order by username");
    }

    /** How many accounts hold a role. */
    public static long countWithRole(String role) {
        return count("role", role);
    }
}
