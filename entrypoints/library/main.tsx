import { render } from 'preact';
import { LibraryApp } from '../../components/library/LibraryApp';
import { applyDocumentLanguage } from '../../lib/platform/i18n';

applyDocumentLanguage(document);
render(<LibraryApp />, document.getElementById('app')!);
