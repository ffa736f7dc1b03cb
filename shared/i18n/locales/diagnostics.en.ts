/** The diagnostics panel of Settings: one zip for support, and where the logs are. */
export const diagnosticsEn = {
  title: 'Diagnostics',
  explain:
    'One zip file for support: the logs, the settings and devices without passwords or PINs, the documents the device has not confirmed yet, and the device’s own answer.',
  export: 'Export diagnostics',
  exporting: 'Collecting…',
  saved: 'Saved {{size}} to {{path}}',
  logs: 'Logs are kept in {{path}}',
  exports: 'Exports are saved in {{path}}',
};

export type DiagnosticsTexts = typeof diagnosticsEn;
