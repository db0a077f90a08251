// The project's tsconfig lists its global types explicitly ("node", "jest"); this brings in the
// office-js globals (Excel, Office, OfficeExtension) for the add-in's sources.
/// <reference types="office-js" />
