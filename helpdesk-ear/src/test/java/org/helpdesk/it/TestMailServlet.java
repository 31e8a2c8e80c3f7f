package org.helpdesk.it;

import java.io.IOException;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets browser tests read the mail the test SMTP server received, as a person reads their inbox:
 * {@code GET /it/mail?to=address} answers the body of the newest message (404 when there is none).
 * Part of the test deployment only.
 */
@WebServlet("/it/mail")
public class TestMailServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    TestMailServer smtp;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<MimeMessage> received = smtp.receivedBy(request.getParameter("to"));
        if (received.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(String.valueOf(received.get(received.size() - 1).getContent()));
        } catch (MessagingException e) {
            throw new IOException(e);
        }
    }
}
