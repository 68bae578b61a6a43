package org.parceldesk.notification;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link Recipient} into e-mail addresses through Camunda's identity service: a user's
 * address, or the address of every member of a group. Users without an address are skipped with
 * a log line (naming the user id, never an address).
 */
@Component
class RecipientDirectory {

    /** Camunda user info key for a user's preferred language, e.g. {@code en} or {@code zh-CN}. */
    static final String LOCALE_INFO_KEY = "locale";

    private static final Logger log = LoggerFactory.getLogger(RecipientDirectory.class);

    private final IdentityService identity;

    RecipientDirectory(IdentityService identity) {
        this.identity = identity;
    }

    /** An address and, when known, the person's preferred locale. */
    record Address(String email, String locale) {
    }

    List<Address> resolve(Recipient to) {
        return switch (to.kind()) {
            case EMAIL, PHONE -> isBlank(to.value()) ? List.of() : List.of(new Address(to.value().trim(), null));
            case USER -> asSystem(() -> user(to.value()));
            case GROUP -> asSystem(() -> group(to.value()));
        };
    }

    private List<Address> user(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            log.warn("Notification recipient user {} does not exist; skipped", userId);
            return List.of();
        }
        return address(user).map(List::of).orElseGet(List::of);
    }

    private List<Address> group(String groupId) {
        List<User> members = identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list();
        if (members.isEmpty()) {
            log.warn("Notification recipient group {} has no members; nothing queued", groupId);
        }
        return members.stream().flatMap(user -> address(user).stream()).toList();
    }

    private Optional<Address> address(User user) {
        if (isBlank(user.getEmail())) {
            log.warn("User {} has no e-mail address; notification skipped for this user", user.getId());
            return Optional.empty();
        }
        return Optional.of(new Address(user.getEmail().trim(), identity.getUserInfo(user.getId(), LOCALE_INFO_KEY)));
    }

    /**
     * Looks users up regardless of who is logged in: a complaint handler's request may notify a
     * supervisor group whose members the handler may not read under Camunda authorizations.
     */
    private <T> T asSystem(Supplier<T> lookup) {
        Authentication current = identity.getCurrentAuthentication();
        if (current == null) {
            return lookup.get();
        }
        identity.clearAuthentication();
        try {
            return lookup.get();
        } finally {
            identity.setAuthentication(current);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
