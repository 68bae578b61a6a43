package org.parceldesk.notification;

import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.springframework.stereotype.Component;

/**
 * Binds and reads {@code Instant}s in plain JDBC exactly as Hibernate does for the entity's
 * {@code datetime} columns. The outbox writes with JDBC (a duplicate insert must not mark the
 * caller's JPA transaction rollback-only) and reads with JPA; how Hibernate stores an Instant
 * differs by dialect (H2: {@code setObject(Instant)}, MySQL/MariaDB: {@code setTimestamp} in
 * UTC), so the outbox borrows Hibernate's own binder instead of guessing.
 */
@Component
class InstantColumns {

    private final ValueBinder<Instant> binder;
    private final ValueExtractor<Instant> extractor;
    private final WrapperOptions options;

    @SuppressWarnings("unchecked")
    InstantColumns(EntityManagerFactory entityManagerFactory) {
        SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        JdbcMapping mapping = sessionFactory.getMappingMetamodel().getEntityDescriptor(OutboxMessage.class)
                .findAttributeMapping("nextAttemptAt").getSingleJdbcMapping();
        this.binder = (ValueBinder<Instant>) mapping.getJdbcValueBinder();
        this.extractor = (ValueExtractor<Instant>) mapping.getJdbcValueExtractor();
        this.options = sessionFactory.getWrapperOptions();
    }

    void bind(PreparedStatement statement, int index, Instant value) throws SQLException {
        binder.bind(statement, value, index, options);
    }

    Instant read(ResultSet resultSet, int column) throws SQLException {
        return extractor.extract(resultSet, column, options);
    }
}
