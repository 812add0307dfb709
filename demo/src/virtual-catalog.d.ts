/// <reference types="@schemaforms/tooling/client" />
