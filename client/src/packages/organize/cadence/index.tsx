import { withPageFont } from '../../../components/PageFont';
import CadencePage from '../../../features/organize/CadencePage';

export default withPageFont(CadencePage);
