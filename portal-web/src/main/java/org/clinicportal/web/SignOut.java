package org.clinicportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Signs the user out of the portal and, through the authentication mechanism, out of Keycloak,
 * which then returns the browser to the landing page.
 */
@Named
@RequestScoped
public class SignOut {

    @Inject
    private FacesContext facesContext;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = facesContext.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        if (!external.isResponseCommitted()) {
            external.redirect(external.getRequestContextPath() + "/");
        }
        facesContext.responseComplete();
    }
}
