import type { TFunction } from 'i18next';
import type { DeviceStatus } from '../../shared/device';

export interface StartFacts {
  device: DeviceStatus;
  dataDir: string;
  logFile: string;
}

/**
 * What the person who ran `npm start` needs besides the address: which device it sells on (and
 * whether it answers), where the data and the log are, and how to stop it. In their language.
 */
export function startSummary(t: TFunction, facts: StartFacts): string[] {
  const name = facts.device.training ? `${facts.device.name} (${t('shell.trainingBadge')})` : facts.device.name;
  return [
    `  ${t('cli.startDevice', { name, connection: t(`shell.connection.${facts.device.connection}`) })}`,
    `  ${t('cli.startDataFolder', { dir: facts.dataDir })}`,
    `  ${t('cli.startLogFile', { file: facts.logFile })}`,
    `  ${t('cli.startStopHint')}`,
  ];
}
