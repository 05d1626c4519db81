import { render } from 'preact';
import { openDbEarly } from '../../components/common/use-db';
import { LibraryApp } from '../../components/library/LibraryApp';
import { applyDocumentLanguage } from '../../lib/platform/i18n';

applyDocumentLanguage(document);
openDbEarly();
render(<LibraryApp />, document.getElementById('app')!);
