import Foundation
import Testing
@testable import CUDAScan

@Suite("HIPIFY table converter")
struct HipifyTableConverterTests {
    static let table = """
    # CUDA Runtime API supported by HIP

    ## **1. Device Management**

    |**CUDA**|**A**|**D**|**C**|**R**|**HIP**|**A**|**D**|**C**|**R**|**E**|
    |:--|:-:|:-:|:-:|:-:|:--|:-:|:-:|:-:|:-:|:-:|
    |`cudaSetDevice`| | | | |`hipSetDevice`|1.6.0| | | | |
    |`cudaDeviceFlushGPUDirectRDMAWrites`|11.3| | | | | | | | | |
    |`cudaThreadExit`| |10.0| | |`hipDeviceReset`|1.6.0| | | | |

    ## **35. Data types used by CUDA Runtime**

    |**CUDA**|**A**|**D**|**C**|**R**|**HIP**|**A**|**D**|**C**|**R**|**E**|
    |:--|:-:|:-:|:-:|:-:|:--|:-:|:-:|:-:|:-:|:-:|
    |`CUDART_PI`| | | | |`HIP_PI`|5.0.0| | | | |
    |`cudaNvSciSyncAttrSignal`|10.2| | | | | | | | | |
    """

    @Test func convertsRowsToCatalogLinesThatLoad() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try TestSupport.write(Self.table, to: "CUDA_Runtime_API_functions_supported_by_HIP.md", in: dir)
        let outputs = try HipifyTableConverter().convert(tablesDirectory: dir)
        let text = try #require(outputs["hip-runtime.catalog"])
        #expect(text.contains("HIP names: ROCm/HIPIFY documentation tables (MIT)"))
        #expect(text.contains("cudaSetDevice | function | runtime | hip = hipSetDevice [direct]\n"))
        #expect(text.contains("cudaDeviceFlushGPUDirectRDMAWrites | function | runtime | hip = - [blocker] no HIP equivalent in HIPIFY\n"))
        #expect(text.contains("cudaThreadExit | function | runtime | hip = hipDeviceReset [direct] deprecated in CUDA 10.0\n"))
        #expect(text.contains("CUDART_PI | constant | runtime | hip = HIP_PI [direct]\n"))
        #expect(text.contains("cudaNvSciSyncAttrSignal | type | runtime | hip = - [rewrite] no HIP equivalent in HIPIFY\n"))
        let catalog = try Catalog(text: text, fileName: "hip-runtime.catalog")
        #expect(catalog.count == 5)
    }

    /// Names HIPIFY lists that belong to other libraries (OpenGL types, the C library's `__isnan` and kin) are left
    /// out, so that code using them is not reported as tied to CUDA.
    @Test func otherLibrariesNamesAreLeftOut() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try TestSupport.write("""
            ## **1. Driver types**
            |**CUDA**|**A**|**D**|**C**|**R**|**HIP**|**A**|**D**|**C**|**R**|**E**|
            |:--|:-:|:-:|:-:|:-:|:--|:-:|:-:|:-:|:-:|:-:|
            |`GLenum`| | | | |`GLenum`|5.1.0| | | | |
            |`CUdevice`| | | | |`hipDevice_t`|1.6.0| | | | |
            """, to: "CUDA_Driver_API_functions_supported_by_HIP.md", in: dir)
        try TestSupport.write("""
            ## **1. Device functions**
            |**CUDA**|**A**|**D**|**C**|**R**|**HIP**|**A**|**D**|**C**|**R**|**E**|
            |:--|:-:|:-:|:-:|:-:|:--|:-:|:-:|:-:|:-:|:-:|
            |`__isnanf`| | | | | | | | | | |
            |`__shfl_sync`| | | | |`__shfl_sync`|6.2.0| | | | |
            """, to: "CUDA_Device_API_supported_by_HIP.md", in: dir)
        let outputs = try HipifyTableConverter().convert(tablesDirectory: dir)
        let driver = try #require(outputs["hip-driver.catalog"]), device = try #require(outputs["hip-device.catalog"])
        #expect(driver.contains("CUdevice | type | driver") && !driver.contains("GLenum |"))
        #expect(device.contains("__shfl_sync | device-function") && !device.contains("__isnanf |"))
    }

    @Test func malformedTableRowsAreErrors() throws {
        let dir = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try TestSupport.write("|**CUDA**|**A**|**HIP**|\n|:--|:-:|:--|\n|`cudaX`|1.0|\n", to: "CUFFT_API_supported_by_HIP.md", in: dir)
        #expect(throws: CatalogError.self) { try HipifyTableConverter().convert(tablesDirectory: dir) }
    }

    @Test func shippedHipFilesMatchAFreshConversionFormat() throws {
        // The committed generated files must parse; their header carries the credit line.
        let names = try FileManager.default.contentsOfDirectory(atPath: TestSupport.catalogDirectory.path).filter { $0.hasPrefix("hip-") }
        #expect(names.count == HipifyTableConverter.tables.count)
        for name in names {
            let text = try String(contentsOf: TestSupport.catalogDirectory.appendingPathComponent(name), encoding: .utf8)
            #expect(text.contains("HIP names: ROCm/HIPIFY documentation tables (MIT)"))
            _ = try Catalog(text: text, fileName: name)
        }
    }
}
