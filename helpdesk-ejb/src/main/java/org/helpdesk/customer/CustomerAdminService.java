package org.helpdesk.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
import org.helpdesk.shared.ValidationException;

/**
 * Customer users and customer companies for administrators: list, edit, invalidate, and import
 * from CSV. An import saves every good row and reports each refused one with its line and reasons.
 */
@Stateless
@RolesAllowed("admin")
@Interceptors({ConcurrencyGuard.class, AuditTrail.class})
public class CustomerAdminService {

    /** The most rows one import takes. */
    public static final int MAX_IMPORT_ROWS = 20_000;

    static final List<String> COMPANY_COLUMNS = List.of("code", "name", "street", "city", "country");
    static final List<String> CUSTOMER_COLUMNS = List.of("login", "email", "first_name", "last_name", "phone", "company",
            "language");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Lookup lookup;

    @Inject
    BeanValidation validation;

    /** A page of companies whose code or name contains {@code text} (all when blank), by name. */
    public Page<CustomerCompany> companies(String text, int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.search(em, CustomerCompany.class, "e.name", text, List.of("e.code", "e.name"), first, pageSize);
    }

    /** A page of customer users whose login, e-mail or name contains {@code text} (all when blank), by name. */
    public Page<CustomerUser> customers(String text, int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.search(em, CustomerUser.class, "e.lastName, e.firstName", text,
                List.of("e.login", "e.email", "e.lastName", "e.firstName"), first, pageSize);
    }

    /** Every valid company by name: the choice list of the customer form. */
    public List<CustomerCompany> validCompanies() {
        agents.requireAdmin(agents.current(context));
        return em.createQuery("SELECT c FROM CustomerCompany c WHERE c.valid = TRUE ORDER BY c.name", CustomerCompany.class)
                .setMaxResults(1000).getResultList();
    }

    public CustomerUser customer(long id) {
        agents.requireAdmin(agents.current(context));
        return lookup.require(CustomerUser.class, id);
    }

    public CustomerCompany saveCompany(CompanyForm form) {
        agents.requireAdmin(agents.current(context));
        return storeCompany(form);
    }

    public CustomerUser saveCustomer(CustomerForm form) {
        agents.requireAdmin(agents.current(context));
        return storeCustomer(form);
    }

    /** Imports companies from CSV with the columns code, name, street, city, country (a header line names them). */
    public ImportReport importCompanies(String csv) {
        agents.requireAdmin(agents.current(context));
        return importRows(csv, COMPANY_COLUMNS, row -> {
            CustomerCompany existing = companyByCode(row.get("code"));
            CompanyForm current = existing == null ? CompanyForm.blank() : CompanyForm.of(existing);
            storeCompany(new CompanyForm(current.id(), current.version(), row.get("code"), row.get("name"),
                    column(row, "street", current.street()), column(row, "city", current.city()),
                    column(row, "country", current.country()), current.valid()));
            return existing == null;
        }, row -> row.get("code"));
    }

    /**
     * Imports customer users from CSV with the columns login, email, first_name, last_name, phone, company (the
     * company's code) and language. Existing logins are updated in the columns the file has; passwords are never
     * imported (customers set theirs with "forgot password").
     */
    public ImportReport importCustomers(String csv) {
        agents.requireAdmin(agents.current(context));
        return importRows(csv, CUSTOMER_COLUMNS, row -> {
            CustomerUser existing = row.get("login") == null ? null : em.createNamedQuery("CustomerUser.byLogin", CustomerUser.class)
                    .setParameter("login", row.get("login")).getResultStream().findFirst().orElse(null);
            CustomerForm current = existing == null ? CustomerForm.blank() : CustomerForm.of(existing);
            Long companyId = current.companyId();
            if (row.containsKey("company")) {
                companyId = null;
                if (row.get("company") != null) {
                    CustomerCompany company = companyByCode(row.get("company"));
                    if (company == null) {
                        throw new ValidationException("company", "validation.unknown", row.get("company"));
                    }
                    companyId = company.getId();
                }
            }
            String language = row.get("language") == null ? current.language() : row.get("language").toLowerCase(Locale.ROOT);
            storeCustomer(new CustomerForm(current.id(), current.version(), row.get("login"), row.get("email"),
                    column(row, "first_name", current.firstName()), column(row, "last_name", current.lastName()),
                    column(row, "phone", current.phone()), companyId, language, current.companyAccess(), null, current.valid()));
            return existing == null;
        }, row -> row.get("login"));
    }

    /** Stores one row; true when it created something new. */
    @FunctionalInterface
    private interface RowImport {
        boolean store(Map<String, String> row);
    }

    private ImportReport importRows(String csv, List<String> columns, RowImport store, Function<Map<String, String>, String> key) {
        if (csv == null || csv.isBlank()) {
            throw new ValidationException("file", "import.empty");
        }
        List<CsvRows.Row> rows = CsvRows.parse(csv);
        if (rows.size() - 1 > MAX_IMPORT_ROWS) {
            throw new ValidationException("file", "import.tooManyRows", MAX_IMPORT_ROWS);
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> header = rows.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String column : columns.subList(0, 2)) {
            if (!index.containsKey(column)) {
                throw new ValidationException("file", "import.missingColumn", column, String.join(";", columns));
            }
        }
        int created = 0;
        int updated = 0;
        List<ImportReport.RowError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            Map<String, String> values = new HashMap<>();
            for (String column : columns) {
                if (index.containsKey(column)) {
                    values.put(column, row.field(index.get(column)));
                }
            }
            String rowKey = key.apply(values);
            if (rowKey != null && !seen.add(rowKey.toLowerCase(Locale.ROOT))) {
                errors.add(new ImportReport.RowError(row.line(),
                        List.of(new ValidationException.FieldError(columns.get(0), "import.duplicateRow", rowKey))));
                continue;
            }
            try {
                if (store.store(values)) {
                    created++;
                } else {
                    updated++;
                }
            } catch (ValidationException e) {
                errors.add(new ImportReport.RowError(row.line(), e.getErrors()));
            }
        }
        return new ImportReport(created, updated, errors);
    }

    /** The row's value of a column the file has (blank: none), else what is stored now. */
    private static String column(Map<String, String> row, String column, String current) {
        return row.containsKey(column) ? row.get(column) : current;
    }

    private CustomerCompany storeCompany(CompanyForm form) {
        validation.check(form);
        String code = form.code().trim();
        CustomerCompany other = companyByCode(code);
        if (other != null && !other.getId().equals(form.id())) {
            throw new ValidationException("code", "validation.taken", code);
        }
        CustomerCompany company;
        if (form.isNew()) {
            company = new CustomerCompany(code, form.name().trim());
            em.persist(company);
        } else {
            company = lookup.require(CustomerCompany.class, form.id());
            company.checkVersion(form.version());
        }
        company.change(code, form.name().trim(), blankToNull(form.street()), blankToNull(form.city()), blankToNull(form.country()),
                form.valid());
        return company;
    }

    private CustomerUser storeCustomer(CustomerForm form) {
        validation.check(form);
        String login = form.login().trim();
        if (em.createNamedQuery("CustomerUser.byLogin", CustomerUser.class).setParameter("login", login).getResultStream()
                .anyMatch(other -> !other.getId().equals(form.id()))) {
            throw new ValidationException("login", "validation.taken", login);
        }
        CustomerCompany company = lookup.optionalReference(CustomerCompany.class, form.companyId(), "companyId");
        CustomerUser customer;
        if (form.isNew()) {
            customer = new CustomerUser(login, form.email().trim(), form.firstName().trim(), form.lastName().trim(), company);
            em.persist(customer);
        } else {
            customer = lookup.require(CustomerUser.class, form.id());
            customer.checkVersion(form.version());
        }
        customer.change(login, form.email().trim(), form.firstName().trim(), form.lastName().trim(), blankToNull(form.phone()),
                company);
        customer.setLanguage(form.language());
        customer.setCompanyAccess(form.companyAccess());
        customer.setValid(form.valid());
        if (form.password() != null && !form.password().isEmpty()) {
            customer.getAccount().setPassword(form.password().toCharArray());
        }
        return customer;
    }

    private CustomerCompany companyByCode(String code) {
        if (code == null) {
            return null;
        }
        return em.createNamedQuery("CustomerCompany.byCode", CustomerCompany.class).setParameter("code", code.trim())
                .getResultStream().findFirst().orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
