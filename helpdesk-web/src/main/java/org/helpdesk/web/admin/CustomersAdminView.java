package org.helpdesk.web.admin;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.customer.CompanyForm;
import org.helpdesk.customer.CustomerAdminService;
import org.helpdesk.customer.CustomerCompany;
import org.helpdesk.customer.CustomerForm;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.customer.ImportReport;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.web.shared.LanguageView;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;
import org.primefaces.model.file.UploadedFile;

/** Admin: customer users and customer companies, edited one by one or imported from CSV. */
@Named
@ViewScoped
public class CustomersAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row of the import report as the page shows it. */
    public record ReportLine(int line, String problems) implements Serializable {
    }

    @EJB
    CustomerAdminService service;

    @Inject
    Texts texts;

    @Inject
    LanguageView language;

    private String search;
    private String companySearch;
    private PagedModel<CustomerUser> customers;
    private PagedModel<CustomerCompany> companies;
    private List<CustomerCompany> companyChoices;
    private CustomerEdit customer;
    private CompanyEdit company;
    private transient UploadedFile file;
    private boolean importCompanies;
    private String reportSummary;
    private List<ReportLine> report;

    public void load() {
        customers = new PagedModel<>((first, size) -> service.customers(search, first, size));
        companies = new PagedModel<>((first, size) -> service.companies(companySearch, first, size));
        companyChoices = service.validCompanies();
    }

    public void createCustomer() {
        customer = CustomerEdit.of(CustomerForm.blank());
    }

    public void editCustomer(CustomerUser row) {
        customer = CustomerEdit.of(CustomerForm.of(service.customer(row.getId())));
    }

    public void saveCustomer() {
        service.saveCustomer(customer.toForm());
        customer = null;
        info(texts.get("admin.saved"));
    }

    public void createCompany() {
        company = CompanyEdit.of(CompanyForm.blank());
    }

    public void editCompany(CustomerCompany row) {
        company = CompanyEdit.of(CompanyForm.of(row));
    }

    public void saveCompany() {
        service.saveCompany(company.toForm());
        company = null;
        companyChoices = service.validCompanies();
        info(texts.get("admin.saved"));
    }

    public void cancel() {
        customer = null;
        company = null;
    }

    /** Imports the uploaded CSV file as customers or companies and shows what happened to each row. */
    public void importFile() {
        if (file == null || file.getSize() == 0) {
            throw new ValidationException("file", "import.empty");
        }
        String csv = new String(file.getContent(), StandardCharsets.UTF_8);
        ImportReport result = importCompanies ? service.importCompanies(csv) : service.importCustomers(csv);
        reportSummary = texts.get("import.summary", result.created(), result.updated(), result.errors().size());
        report = result.errors().stream().map(e -> new ReportLine(e.line(), String.join(" ",
                e.errors().stream().map(f -> f.getMessage(language.getLocale())).toList()))).toList();
        companyChoices = service.validCompanies();
        info(reportSummary);
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getCompanySearch() {
        return companySearch;
    }

    public void setCompanySearch(String companySearch) {
        this.companySearch = companySearch;
    }

    public PagedModel<CustomerUser> getCustomers() {
        return customers;
    }

    public PagedModel<CustomerCompany> getCompanies() {
        return companies;
    }

    public List<CustomerCompany> getCompanyChoices() {
        return companyChoices;
    }

    public CustomerEdit getCustomer() {
        return customer;
    }

    public CompanyEdit getCompany() {
        return company;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public boolean isImportCompanies() {
        return importCompanies;
    }

    public void setImportCompanies(boolean importCompanies) {
        this.importCompanies = importCompanies;
    }

    public String getReportSummary() {
        return reportSummary;
    }

    public List<ReportLine> getReport() {
        return report;
    }
}
