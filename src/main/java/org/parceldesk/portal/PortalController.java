package org.parceldesk.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The customer portal's home page; open to everyone, no login. */
@Controller
class PortalController {

    @GetMapping("/portal")
    String home() {
        return "portal/index";
    }
}
