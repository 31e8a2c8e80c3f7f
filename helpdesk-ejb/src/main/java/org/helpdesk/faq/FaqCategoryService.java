package org.helpdesk.faq;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.ValidationException;

/** Administrators keep the FAQ's category tree. */
@Stateless
@RolesAllowed("admin")
@Interceptors(ConcurrencyGuard.class)
public class FaqCategoryService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Lookup lookup;

    /** Every category, valid or not, by name. */
    public List<FaqCategory> all() {
        return em.createQuery("SELECT c FROM FaqCategory c LEFT JOIN FETCH c.parent ORDER BY c.name", FaqCategory.class)
                .getResultList();
    }

    /** Creates a category ({@code id} null) or changes one; never under itself. */
    public FaqCategory save(Long id, long version, String name, Long parentId, boolean valid) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "validation.required");
        }
        if (name.strip().length() > 200) {
            throw new ValidationException("name", "validation.tooLong");
        }
        FaqCategory parent = lookup.optionalReference(FaqCategory.class, parentId, "parentId");
        try {
            if (id == null) {
                FaqCategory category = new FaqCategory(name.strip(), parent, valid);
                em.persist(category);
                return category;
            }
            FaqCategory category = lookup.require(FaqCategory.class, id);
            category.checkVersion(version);
            category.change(name.strip(), parent, valid);
            return category;
        } catch (IllegalArgumentException cycle) {
            throw new ValidationException("parentId", "faq.category.cycle");
        }
    }
}
