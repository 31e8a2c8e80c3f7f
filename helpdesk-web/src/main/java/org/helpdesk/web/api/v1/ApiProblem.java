package org.helpdesk.web.api.v1;

/** A request the native API refuses before or besides the services: its HTTP status, a code and a message (English). */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ApiProblem(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int getStatus() {
        return status;
    }

    public String getCode() {
        return code;
    }

    static ApiProblem badRequest(String message) {
        return new ApiProblem(400, "bad_request", message);
    }
}
