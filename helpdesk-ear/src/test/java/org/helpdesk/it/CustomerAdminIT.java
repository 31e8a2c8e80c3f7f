package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;

import org.helpdesk.admin.AuditService;
import org.helpdesk.customer.CompanyForm;
import org.helpdesk.customer.CustomerAdminService;
import org.helpdesk.customer.CustomerCompany;
import org.helpdesk.customer.CustomerForm;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.customer.ImportReport;
import org.helpdesk.shared.ValidationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Customer users and companies as the administrator keeps them, one by one and by CSV import. */
@ExtendWith(ArquillianExtension.class)
class CustomerAdminIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    CustomerAdminService customers;

    @EJB
    AuditService audit;

    @Test
    void companiesAndCustomersAreEditedAndInvalidated() {
        String code = Fixtures.unique("TELCO");
        CustomerCompany company = As.admin(ADMIN, () -> customers.saveCompany(new CompanyForm(null, 0, code, "Telco Andina", null,
                "Lima", "Perú", true)));
        String login = Fixtures.unique("lramos");
        CustomerUser customer = As.admin(ADMIN, () -> customers.saveCustomer(new CustomerForm(null, 0, login, login + "@telco.example",
                "Lucía", "Ramos", "+51 1 555 0101", company.getId(), "es", true, null, true)));
        assertEquals(company, customer.getCompany());
        assertTrue(customer.hasCompanyAccess());

        CustomerUser invalid = As.admin(ADMIN, () -> customers.saveCustomer(new CustomerForm(customer.getId(), customer.getVersion(),
                login, login + "@telco.example", "Lucía", "Ramos", null, company.getId(), "en", false, null, false)));
        assertFalse(invalid.isValid());
        assertEquals("en", invalid.getLanguage());
        String changes = As.admin(ADMIN, () -> audit.entries("CustomerUser", login, 0, 1)).rows().get(0).getChanges();
        assertTrue(changes.contains("valid: true → false"), changes);
        assertTrue(changes.contains("phone: +51 1 555 0101 → "), changes);

        ValidationException bad = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> customers.saveCustomer(
                new CustomerForm(null, 0, login, "no-es-correo", "", "Ramos", null, 987_654_321L, "es", false, "corta", true))));
        assertTrue(bad.hasErrorOn("email"));
        assertTrue(bad.hasErrorOn("firstName"));
        assertTrue(bad.hasErrorOn("password"));
        ValidationException taken = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> customers.saveCompany(
                new CompanyForm(null, 0, code, "Otra", null, null, null, true))));
        assertTrue(taken.hasErrorOn("code"));
    }

    @Test
    void aCsvImportSavesTheGoodRowsAndReportsEachBadOne() {
        String code = Fixtures.unique("NET7");
        ImportReport companies = As.admin(ADMIN, () -> customers.importCompanies(
                "code;name;street;city;country\n" + code + ";\"NET7 Perú; S.A.C.\";Av. Arequipa 123;Lima;Perú\n;Sin código;;;\n"));
        assertEquals(1, companies.created());
        assertEquals(List.of(3), companies.errors().stream().map(ImportReport.RowError::line).toList());
        assertEquals("Código: es obligatorio.", companies.errors().get(0).errors().get(0).getMessage(Locale.forLanguageTag("es")));

        String ana = Fixtures.unique("ana");
        String luis = Fixtures.unique("luis");
        String csv = "login;email;first_name;last_name;phone;company;language\n"
                + ana + ";" + ana + "@net7.example;Ana;Quispe;;" + code + ";es\n"
                + luis + ";no-es-correo;Luis;Paredes;;" + code + ";es\n"
                + Fixtures.unique("x") + ";x@net7.example;Xavier;Soto;;NO-EXISTE;en\n"
                + ana + ";otra@net7.example;Ana;Otra;;;es\n";
        ImportReport first = As.admin(ADMIN, () -> customers.importCustomers(csv));
        assertEquals(1, first.created());
        assertEquals(0, first.updated());
        assertEquals(List.of(3, 4, 5), first.errors().stream().map(ImportReport.RowError::line).toList());
        assertTrue(first.errors().get(0).errors().stream().anyMatch(e -> e.field().equals("email")));
        assertTrue(first.errors().get(1).errors().stream().anyMatch(e -> e.field().equals("company")));
        assertEquals("import.duplicateRow", first.errors().get(2).errors().get(0).messageKey());
        CustomerUser imported = As.admin(ADMIN, () -> customers.customers(ana, 0, 5)).rows().get(0);
        assertEquals(code, imported.getCompany().getCode());
        assertEquals(0, As.admin(ADMIN, () -> customers.customers(luis, 0, 5)).total());

        // the same file again updates instead of duplicating
        ImportReport second = As.admin(ADMIN, () -> customers.importCustomers(
                "login,email,first_name,last_name\n" + ana + "," + ana + "@net7.example,Ana María,Quispe\n"));
        assertEquals(0, second.created());
        assertEquals(1, second.updated());
        assertEquals("Ana María", As.admin(ADMIN, () -> customers.customers(ana, 0, 5)).rows().get(0).getFirstName());

        ValidationException noHeader = assertThrows(ValidationException.class,
                () -> As.admin(ADMIN, () -> customers.importCustomers("usuario;correo\nx;y\n")));
        assertTrue(noHeader.hasErrorOn("file"));
    }
}
