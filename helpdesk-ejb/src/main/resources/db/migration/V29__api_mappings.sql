-- Mappings of the generic interface's web services (issue #16): per web service and direction (the request
-- on its way in, the response on its way out) none, a simple key/value mapping or an XSLT stylesheet.
CREATE TABLE api_mapping (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    webservice  VARCHAR(100)  NOT NULL,
    direction   VARCHAR(10)   NOT NULL,
    kind        VARCHAR(10)   NOT NULL,
    key_map     ${text},
    value_map   ${text},
    stylesheet  ${text},
    CONSTRAINT uq_api_mapping UNIQUE (webservice, direction)
);
