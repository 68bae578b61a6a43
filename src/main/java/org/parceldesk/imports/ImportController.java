package org.parceldesk.imports;

import org.parceldesk.common.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.parceldesk.common.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "All-or-nothing CSV import of master data (admin)")
class ImportController {

    private final MasterDataImport imports;

    ImportController(MasterDataImport imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import stations, couriers or shipments from a UTF-8 CSV file (part name: file)")
    ImportResult importCsv(@PathVariable String kind, @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream csv = file.getInputStream()) {
            return switch (kind) {
                case "stations" -> imports.importStations(csv);
                case "couriers" -> imports.importCouriers(csv);
                case "shipments" -> imports.importShipments(csv);
                default -> throw ApiProblem.invalid("kind", Messages.forReader("imports.kind"));
            };
        }
    }
}
